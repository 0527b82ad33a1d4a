package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Shim of jenkins-core's contribution to a model object's page: an icon, a name and a URL. */
public interface Action extends ModelObject {
    @CheckForNull
    String getIconFileName();

    @Override
    @CheckForNull
    String getDisplayName();

    @CheckForNull
    String getUrlName();
}
