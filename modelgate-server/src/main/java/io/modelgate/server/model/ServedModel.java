package io.modelgate.server.model;

import io.modelgate.scoring.PmmlModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A model the service answers with: its name (the {@code {name}} of the URLs), version, the digests that identify
 * what was loaded (e.g. {@code model} = the canonical model hash, {@code bundle} = the bundle file's SHA-256) and the
 * loaded PMML model that scores.
 *
 * @param name the model's name in the URLs: letters, digits, {@code .}, {@code _} and {@code -}
 * @param version the model's version, shown by {@code GET /v1/models/{name}}, the metrics and the request log
 * @param digests what identifies the loaded artifacts, by role, in insertion order
 * @param model the scoring model
 */
public record ServedModel(String name, String version, Map<String, String> digests, PmmlModel model) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /**
     * Checks the name and copies the digests.
     *
     * @param name the model's name
     * @param version the model's version
     * @param digests the digests by role
     * @param model the scoring model
     * @throws IllegalArgumentException when the name cannot appear in a URL path segment
     */
    public ServedModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(model, "model");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The model name '" + name
                    + "' must start with a letter or digit and hold only letters, digits, '.', '_' and '-'"
                    + " (at most 128 characters)");
        }
        digests = Collections.unmodifiableMap(new LinkedHashMap<>(digests));
    }
}
