package io.modelgate.cli;

import picocli.CommandLine.Option;

/** The evidence options plus the model the evidence is about; shared by every gate command. */
public final class OutputOptions extends EvidenceOptions {
    @Option(names = "--model", paramLabel = "NAME", defaultValue = "", description = "The model the evidence is about.")
    String model;

    @Option(names = "--model-version", paramLabel = "VERSION", defaultValue = "", description = "The model's version.")
    String modelVersion;

    public String model() {
        return model;
    }

    public String modelVersion() {
        return modelVersion;
    }
}
