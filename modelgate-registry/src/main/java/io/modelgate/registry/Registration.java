package io.modelgate.registry;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A request to register a version.
 *
 * @param model the model's name (created on first registration)
 * @param version the version string, unique within the model
 * @param file the bundle (a zip with {@code model.pmml}) or the PMML model
 * @param evidence the evidence folder whose JSON files' digests are recorded, or {@code null}
 * @param actor who registers it
 * @param labels free facts to record, e.g. the commit
 */
public record Registration(
        String model, String version, Path file, Path evidence, String actor, Map<String, String> labels) {
    /**
     * Checks the request.
     *
     * @param model name
     * @param version version
     * @param file the file
     * @param evidence evidence folder or null
     * @param actor who
     * @param labels facts
     */
    public Registration {
        Names.check("model", model);
        Names.check("version", version);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("say who registers " + model + " " + version + " (--by)");
        }
        labels = Map.copyOf(labels);
    }
}
