package io.modelgate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command writes its evidence and reports, and how loudly it runs. {@link OutputOptions} adds the model's
 * name and version; commands whose {@code --model} is a file use this mixin alone.
 */
public class EvidenceOptions {
    @Option(
            names = "--evidence",
            paramLabel = "DIR",
            defaultValue = "modelgate-evidence",
            description = "Folder for the evidence JSON (default: ${DEFAULT-VALUE}).")
    Path evidence;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    Path html;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML, one test case per check.")
    Path junit;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress and no per-check lines; only the verdict.")
    boolean quiet;

    @Option(names = "--fail-on-warning", description = "Exit 1 on WARNING and NOTE too, not only on failures.")
    boolean failOnWarning;

    public Path evidence() {
        return evidence;
    }

    public Path html() {
        return html;
    }

    public Path junit() {
        return junit;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean failOnWarning() {
        return failOnWarning;
    }
}
