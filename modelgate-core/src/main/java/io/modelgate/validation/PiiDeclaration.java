package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelgate.validation.pii.PiiKind;

/**
 * A schema's statement that a column holds personal data of a kind, and the legal basis for processing it (GDPR
 * Art. 6(1)).
 *
 * @param kind the kind of personal data, e.g. {@code email}
 * @param basis the legal basis, e.g. {@code consent}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PiiDeclaration(String kind, String basis) {
    /**
     * Checks that a kind is given.
     *
     * @param kind the kind of personal data
     * @param basis the legal basis
     */
    public PiiDeclaration {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("pii needs a kind, e.g. {kind: email, basis: consent}");
        }
        PiiKind.parse(kind);
    }

    /** @return the declared kind */
    public PiiKind piiKind() {
        return PiiKind.parse(kind);
    }
}
