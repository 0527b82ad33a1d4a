package io.modelgate.registry;

import java.util.Optional;

/**
 * A reference to a registered model: {@code models:/NAME@ALIAS} (wherever the alias points now) or {@code
 * models:/NAME/VERSION} (one version), as MLflow writes them.
 *
 * @param model the model's name
 * @param alias the alias, or {@code null} for a version reference
 * @param version the version, or {@code null} for an alias reference
 */
public record ModelReference(String model, String alias, String version) {
    /** What every reference starts with. */
    public static final String PREFIX = "models:/";

    /**
     * Whether text is meant as a reference (and not a file path).
     *
     * @param text a model argument
     * @return whether it starts with {@value #PREFIX}
     */
    public static boolean isReference(final String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /**
     * Parses a reference.
     *
     * @param text e.g. {@code models:/credit-risk@champion} or {@code models:/credit-risk/3}
     * @return the reference, empty when the text does not start with {@value #PREFIX}
     * @throws IllegalArgumentException when it starts so but is not a valid reference
     */
    public static Optional<ModelReference> parse(final String text) {
        if (!isReference(text)) {
            return Optional.empty();
        }
        String rest = text.substring(PREFIX.length());
        int at = rest.indexOf('@');
        int slash = rest.indexOf('/');
        try {
            if (at > 0 && slash < 0) {
                return Optional.of(new ModelReference(
                        Names.check("model", rest.substring(0, at)),
                        Names.check("alias", rest.substring(at + 1)),
                        null));
            }
            if (slash > 0 && at < 0) {
                return Optional.of(new ModelReference(
                        Names.check("model", rest.substring(0, slash)),
                        null,
                        Names.check("version", rest.substring(slash + 1))));
            }
        } catch (IllegalArgumentException exception) {
            throw new IllegalArgumentException("'" + text + "' is not a model reference: " + exception.getMessage());
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a model reference: use models:/NAME@ALIAS or models:/NAME/VERSION");
    }

    /** @return whether this names an alias rather than a version */
    public boolean isAlias() {
        return alias != null;
    }

    @Override
    public String toString() {
        return PREFIX + model + (isAlias() ? "@" + alias : "/" + version);
    }
}
