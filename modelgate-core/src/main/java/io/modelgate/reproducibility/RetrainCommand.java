package io.modelgate.reproducibility;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A training command to re-run: a shell command line ({@code bash -c}), the working directory it is copied from and
 * a time limit. The command learns where to write the model from the environment variable {@value #OUTPUT_VARIABLE}
 * and from the placeholder {@value #OUTPUT_PLACEHOLDER}, replaced by the quoted path.
 *
 * @param command the command line
 * @param workdir the directory copied for every run (without {@code .git}, {@code target} and the evidence folder)
 * @param timeout the most time one run may take
 */
public record RetrainCommand(String command, Path workdir, Duration timeout) {
    /** The environment variable that holds the path the model must be written to. */
    public static final String OUTPUT_VARIABLE = "MODELGATE_OUTPUT";

    /** The placeholder in the command replaced by the path the model must be written to. */
    public static final String OUTPUT_PLACEHOLDER = "{output}";

    /**
     * Checks the command.
     *
     * @param command the command line, not blank
     * @param workdir the working directory
     * @param timeout the time limit, positive
     */
    public RetrainCommand {
        Objects.requireNonNull(workdir, "workdir");
        if (command == null || command.isBlank()) {
            throw new IllegalArgumentException("the retrain command is missing");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the retrain timeout must be positive");
        }
    }

    /**
     * Returns the command line for one run.
     *
     * @param output where the model must be written
     * @return the command with the placeholder replaced by the single-quoted path
     */
    String commandLine(final Path output) {
        String quoted = "'" + output.toString().replace("'", "'\\''") + "'";
        return command.replace(OUTPUT_PLACEHOLDER, quoted);
    }
}
