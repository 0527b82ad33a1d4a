package hudson.model;

/** Shim of jenkins-core's interface of objects shown with a name. */
public interface ModelObject {
    String getDisplayName();
}
