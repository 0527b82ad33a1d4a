package io.modelgate.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the sample's own trainer ({@code Train.java}, a single-file program) with the JDK that runs ModelGate, as a
 * team's training script would be run: in the project folder, writing PMML.
 */
final class SampleTrainer {
    private final Path project;

    SampleTrainer(final Path project) {
        this.project = project;
    }

    /** The command line a person would type, for the reproduce gate's {@code --retrain}. */
    String commandLine(final String output, final String... options) {
        return java() + " Train.java --data data/train.csv --output " + output + " " + String.join(" ", options);
    }

    /**
     * Trains a model.
     *
     * @param output the PMML file to write
     * @param options the trainer's options, e.g. {@code --seed 42}
     * @return the trainer's one-line report
     * @throws IOException when the trainer fails
     */
    String train(final Path output, final String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(java(), "Train.java", "--data", "data/train.csv", "--output", output.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IOException("the sample trainer failed: " + log);
        }
        return log;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
