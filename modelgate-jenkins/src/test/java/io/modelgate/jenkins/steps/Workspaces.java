package io.modelgate.jenkins.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lays out a workspace the way a checkout of a model repository would, from the repository's own samples. */
final class Workspaces {
    /** The credit-risk sample project: schema.yaml and data/*.csv. */
    static final Path SAMPLE = Path.of("../samples/credit-risk");

    /** Real scikit-learn models exported to PMML, and their holdout. */
    static final Path MODELS = Path.of("../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    private Workspaces() {}

    /**
     * Copies files into a workspace.
     *
     * @param workspace the workspace
     * @param from the folder to copy from
     * @param names the files, relative to it; kept relative in the workspace
     */
    static void copy(final Path workspace, final Path from, final String... names) {
        try {
            for (String name : names) {
                Path target = workspace.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(from.resolve(name), target);
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
