package io.modelgate.report;

/**
 * What a piece of evidence is about: the model and its version. Either may be empty when not yet known, e.g. when
 * training data are validated before any model exists.
 *
 * @param model the model's name from the policy
 * @param version the model's version, or empty
 */
public record Subject(String model, String version) {
    /** Evidence about no particular model. */
    public static final Subject NONE = new Subject("", "");
}
