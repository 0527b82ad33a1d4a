package io.modelgate.validation.pii;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lawful bases for processing personal data of GDPR (Regulation (EU) 2016/679) Art. 6(1), with the labels a
 * schema uses in {@code pii: {kind: ..., basis: ...}}.
 */
public enum LegalBasis {
    /** The data subject has given consent. */
    CONSENT("consent", "Art. 6(1)(a)", "the data subject has given consent to the processing"),
    /** Needed to perform a contract with the data subject. */
    CONTRACT("contract", "Art. 6(1)(b)", "processing is necessary for a contract with the data subject"),
    /** Needed to comply with a legal obligation. */
    LEGAL_OBLIGATION("legal_obligation", "Art. 6(1)(c)", "processing is necessary to comply with a legal obligation"),
    /** Needed to protect someone's life. */
    VITAL_INTERESTS("vital_interests", "Art. 6(1)(d)", "processing protects the vital interests of a person"),
    /** Needed for a task in the public interest or in official authority. */
    PUBLIC_TASK("public_task", "Art. 6(1)(e)", "processing is necessary for a task in the public interest"),
    /** Needed for legitimate interests that the data subject's rights do not override. */
    LEGITIMATE_INTERESTS(
            "legitimate_interests",
            "Art. 6(1)(f)",
            "processing is necessary for legitimate interests not overridden by the data subject's rights");

    private final String label;
    private final String article;
    private final String description;

    LegalBasis(final String label, final String article, final String description) {
        this.label = label;
        this.article = article;
        this.description = description;
    }

    /**
     * Finds a basis by its label, ignoring case and surrounding blanks.
     *
     * @param text the label, e.g. {@code consent}; may be {@code null}
     * @return the basis, or empty when the text is missing or no basis has that label
     */
    public static Optional<LegalBasis> find(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String label = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst();
    }

    /**
     * Parses a basis by its label, ignoring case and surrounding blanks.
     *
     * @param text the label
     * @return the basis
     * @throws IllegalArgumentException when no basis has that label; the message lists the labels
     */
    public static LegalBasis parse(final String text) {
        return find(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown legal basis '" + text + "': expected one of " + labels() + " (GDPR Art. 6(1))"));
    }

    /** @return every label, comma separated, in the order of Art. 6(1) */
    public static String labels() {
        return Arrays.stream(values()).map(LegalBasis::label).collect(Collectors.joining(", "));
    }

    /** @return the label written in schema files, e.g. {@code legitimate_interests} */
    public String label() {
        return label;
    }

    /** @return the article of the GDPR, e.g. {@code Art. 6(1)(a)} */
    public String article() {
        return article;
    }

    /** @return what the basis means, in one clause */
    public String description() {
        return description;
    }
}
