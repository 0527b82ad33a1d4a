package io.modelgate.cli.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs docs/embedding.md's example program, samples/embedding/ScoreWithBundle.java, so that it cannot rot. */
class EmbeddingExampleTest {
    @TempDir
    Path folder;

    @Test
    void shouldScoreWithAVerifiedBundleFromAnApplication() throws IOException, InterruptedException {
        Path model = folder.resolve("model.pmml");
        Path bundle = folder.resolve("credit-risk-3.zip");
        CommandRun.of("keygen", "--out", folder.resolve("keys"));
        Process train = new ProcessBuilder(
                        java(), "Train.java", "--data", "data/train.csv", "--output", model.toString())
                .directory(Path.of("../samples/credit-risk").toFile())
                .redirectErrorStream(true)
                .start();
        train.getInputStream().readAllBytes();
        assertThat(train.waitFor()).isZero();
        assertThat(CommandRun.of(
                                "package",
                                "--model",
                                model,
                                "--output",
                                bundle,
                                "--private-key",
                                folder.resolve("keys/modelgate.key"),
                                "--model-version",
                                "3",
                                "--evidence",
                                folder.resolve("evidence"))
                        .exitCode())
                .isZero();

        Process example = new ProcessBuilder(List.of(
                        java(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "../samples/embedding/ScoreWithBundle.java",
                        bundle.toString(),
                        folder.resolve("keys/modelgate.pub").toString()))
                .redirectErrorStream(true)
                .start();
        String out = new String(example.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(example.waitFor()).as(out).isZero();
        assertThat(out).contains("model credit-risk 3, bundle sha256 ").contains("label 0, probabilities {0=0.");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
