package io.modelgate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command writes its evidence and reports, and how loudly it runs; shared by every gate command. */
public final class OutputOptions {
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

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "", description = "The model the evidence is about.")
    String model;

    @Option(names = "--model-version", paramLabel = "VERSION", defaultValue = "", description = "The model's version.")
    String modelVersion;

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

    public String model() {
        return model;
    }

    public String modelVersion() {
        return modelVersion;
    }
}
