package io.modelgate.reproducibility;

import java.util.List;
import java.util.Map;

/**
 * The lineage fingerprint of a training run: everything that, unchanged, should give the same model — the declared
 * inputs' digests, the code revision, the training command, the environment and the seeds.
 *
 * @param inputs the declared inputs, in declaration order
 * @param commit the git commit of the working directory, empty outside a repository
 * @param dirty whether the working tree has uncommitted changes (then the commit does not pin the code)
 * @param command the training command, empty when not declared
 * @param environment tool versions by name, e.g. {@code java}, {@code python}
 * @param seeds the declared random seeds
 */
public record Lineage(
        List<LineageInput> inputs,
        String commit,
        boolean dirty,
        String command,
        Map<String, String> environment,
        List<String> seeds) {
    /**
     * Creates a fingerprint.
     *
     * @param inputs the inputs
     * @param commit the commit
     * @param dirty whether the tree is dirty
     * @param command the command
     * @param environment the environment
     * @param seeds the seeds
     */
    public Lineage {
        inputs = List.copyOf(inputs);
        environment = Map.copyOf(environment);
        seeds = List.copyOf(seeds);
    }
}
