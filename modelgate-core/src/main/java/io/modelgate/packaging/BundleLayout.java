package io.modelgate.packaging;

import java.util.List;

/** The entries of a bundle, in the order they are written (sorted by name). */
public final class BundleLayout {
    /** The PMML model. */
    public static final String MODEL = "model.pmml";
    /** What the model is: name, version, schema, metrics, data fingerprints, evidence digests. */
    public static final String MANIFEST = "manifest.json";
    /** The model card for people, Markdown. */
    public static final String CARD_MARKDOWN = "model-card.md";
    /** The model card for people, HTML. */
    public static final String CARD_HTML = "model-card.html";
    /** The in-toto Statement v1 with an SLSA provenance v1 predicate; its subjects are the entries above. */
    public static final String PROVENANCE = "provenance.json";
    /** The Ed25519 signature of the provenance statement's bytes. */
    public static final String SIGNATURE = "signature.json";

    /** The entries the statement's subjects cover. */
    public static final List<String> SUBJECTS = List.of(CARD_HTML, CARD_MARKDOWN, MANIFEST, MODEL);

    /** Every entry, sorted. */
    public static final List<String> ENTRIES =
            List.of(CARD_HTML, CARD_MARKDOWN, MANIFEST, MODEL, PROVENANCE, SIGNATURE);

    private BundleLayout() {}
}
