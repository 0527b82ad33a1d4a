package io.modelgate.jenkins.steps;

import org.kohsuke.stapler.DataBoundSetter;

/**
 * The optional parameters of {@code mlPackageModel}: the champion for the compatibility check, the public key, and
 * what the manifest, model card and provenance say about the model. Public because Stapler calls these setters by
 * reflection.
 */
public abstract class PackagingParameters extends GateStep {
    private static final long serialVersionUID = 1L;

    private String publicKey;
    private String champion;
    private boolean allowBreaking;
    private String owner = "";
    private String purpose = "";
    private String created;
    private String revision = "";
    private String builder;

    public String getPublicKey() {
        return publicKey;
    }

    /**
     * Sets the public half of the signing key, with which the written bundle is verified.
     *
     * @param file a PEM file relative to the workspace; blank for the private key's file with {@code .pub}
     */
    @DataBoundSetter
    public void setPublicKey(final String file) {
        this.publicKey = blankTo(file, null);
    }

    public String getChampion() {
        return champion;
    }

    /**
     * Sets the model callers use today, whose interface the candidate must keep.
     *
     * @param file a PMML file relative to the workspace; blank for no compatibility check
     */
    @DataBoundSetter
    public void setChampion(final String file) {
        this.champion = blankTo(file, null);
    }

    public boolean isAllowBreaking() {
        return allowBreaking;
    }

    /**
     * Makes breaking interface changes warnings instead of failures.
     *
     * @param allow whether they only warn
     */
    @DataBoundSetter
    public void setAllowBreaking(final boolean allow) {
        this.allowBreaking = allow;
    }

    public String getOwner() {
        return owner;
    }

    /**
     * Names who owns the model, for the model card.
     *
     * @param text a team or a person
     */
    @DataBoundSetter
    public void setOwner(final String text) {
        this.owner = blankTo(text, "");
    }

    public String getPurpose() {
        return purpose;
    }

    /**
     * Says what the model is for, for the model card.
     *
     * @param text one sentence
     */
    @DataBoundSetter
    public void setPurpose(final String text) {
        this.purpose = blankTo(text, "");
    }

    public String getCreated() {
        return created;
    }

    /**
     * Fixes the bundle's time, so that the same inputs give the same bytes.
     *
     * @param time ISO-8601, e.g. {@code 2026-11-28T02:00:00Z}; blank for the time the step runs, in seconds
     */
    @DataBoundSetter
    public void setCreated(final String time) {
        this.created = blankTo(time, null);
    }

    public String getRevision() {
        return revision;
    }

    /**
     * Names the code revision the model was trained from, for the provenance.
     *
     * @param commit e.g. {@code env.GIT_COMMIT}
     */
    @DataBoundSetter
    public void setRevision(final String commit) {
        this.revision = blankTo(commit, "");
    }

    public String getBuilder() {
        return builder;
    }

    /**
     * Names the build that made the bundle, the provenance's builder id.
     *
     * @param id e.g. {@code env.BUILD_URL}; blank for {@code local:} and the agent's user name
     */
    @DataBoundSetter
    public void setBuilder(final String id) {
        this.builder = blankTo(id, null);
    }
}
