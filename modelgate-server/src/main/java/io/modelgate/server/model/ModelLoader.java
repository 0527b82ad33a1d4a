package io.modelgate.server.model;

import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns a model source (a PMML file today, a signed bundle once its verification plugs in here) into a
 * {@link ServedModel}. The service calls it at start and on every reload, always from one thread at a time; it
 * must either return a complete model or throw, never leave anything half-loaded.
 */
@FunctionalInterface
public interface ModelLoader {
    /**
     * Loads and checks a model.
     *
     * @param source the file to load
     * @return the model, ready to warm up
     * @throws IOException when the file cannot be read
     * @throws RuntimeException (e.g. {@code DataFormatException}) when the file is not a model that can be served
     */
    ServedModel load(Path source) throws IOException;

    /**
     * Loads a PMML file directly, without a bundle: digest {@code model} = the canonical model hash.
     *
     * @param name the served name, or {@code null} for the file name without {@code .pmml}
     * @param version the version, or {@code null} for the first 12 hex digits of the canonical model hash
     * @return the loader
     */
    static ModelLoader pmml(final String name, final String version) {
        return source -> {
            PmmlModel model = PmmlModel.load(source);
            String file = source.getFileName().toString();
            String served = name != null ? name : file.replaceFirst("(?i)\\.pmml$", "");
            String shown = version != null ? version : model.hash().substring(0, 12);
            return new ServedModel(served, shown, Map.of("model", model.hash()), model);
        };
    }
}
