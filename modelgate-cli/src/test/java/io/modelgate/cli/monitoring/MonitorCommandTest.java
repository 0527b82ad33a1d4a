package io.modelgate.cli.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor commands end to end on a log simulated from the credit-risk sample with a real PMML model: October's
 * data as three stable days, November's drifted data as a fourth day, and their labels. The model was trained without
 * the region {@code central}, so the service refuses those requests, and the reference is the training data without
 * them.
 */
class MonitorCommandTest {
    private static final Path SAMPLE = Path.of("../samples/credit-risk/data");
    private static final Path MODEL =
            Path.of("../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest/CreditLogistic.pmml");

    @TempDir
    Path folder;

    private Path log;
    private Path labels;
    private Path evidence;
    private Path reference;

    @BeforeEach
    void simulate() throws IOException {
        reference = folder.resolve("train.csv");
        Files.write(
                reference,
                Files.readAllLines(SAMPLE.resolve("train.csv")).stream()
                        .filter(line -> !line.contains(",central,"))
                        .toList());
        log = folder.resolve("log");
        labels = folder.resolve("labels.csv");
        evidence = folder.resolve("evidence");
        CommandRun stable = CommandRun.of(
                "monitor",
                "simulate",
                "--pmml",
                MODEL,
                "--data",
                SAMPLE.resolve("2026-10.csv"),
                "--log",
                log,
                "--start",
                "2026-11-01T00:00:00Z",
                "--days",
                "3",
                "--key",
                "customer_id",
                "--target",
                "default",
                "--labels",
                labels,
                "--rotate",
                "400",
                "--gzip");
        CommandRun drifted = CommandRun.of(
                "monitor",
                "simulate",
                "--pmml",
                MODEL,
                "--data",
                SAMPLE.resolve("2026-11.csv"),
                "--log",
                log,
                "--start",
                "2026-11-04T00:00:00Z",
                "--key",
                "customer_id",
                "--target",
                "default",
                "--labels",
                labels,
                "--rotate",
                "400");

        assertThat(stable.exitCode()).as(stable.err()).isZero();
        assertThat(drifted.exitCode()).as(drifted.err()).isZero();
        assertThat(stable.out()).startsWith("[simulate] 831 requests written").contains("169 refused by the model");
    }

    @Test
    void shouldFailOnTheDriftedDayAndWriteARetrainRequest() throws IOException {
        Path html = folder.resolve("monitoring.html");

        CommandRun run = CommandRun.of(
                "monitor",
                "drift",
                "--pmml",
                MODEL,
                "--reference",
                reference,
                "--log",
                log,
                "--evidence",
                evidence,
                "--html",
                html,
                "--model",
                "credit-risk",
                "--model-version",
                "3");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("[drift:2026-11-04] FAILED").contains("retrain request:");
        JsonNode monitoring = json(evidence.resolve("monitoring.json"));
        assertThat(monitoring.path("kind").asText()).isEqualTo("monitoring");
        assertThat(monitoring.path("monitoring").path("windows").findValuesAsText("status"))
                .containsExactly("PASSED", "PASSED", "PASSED", "FAILED");
        assertThat(monitoring.path("inputs").findValuesAsText("role")).containsExactly("model", "reference", "log");
        JsonNode request = json(evidence.resolve("retrain-request.json"));
        assertThat(request.path("reason").asText()).isEqualTo("drift");
        assertThat(request.path("windows").findValuesAsText("window")).containsExactly("2026-11-04");
        assertThat(request.path("driftedFeatures").findValuesAsText("feature")).isNotEmpty();
        assertThat(Files.readString(html)).contains("class=\"chart heatmap\"");
    }

    @Test
    void shouldBeInactiveNotPassedWhenNoWindowHasEnoughRows() {
        CommandRun run = CommandRun.of(
                "monitor",
                "drift",
                "--pmml",
                MODEL,
                "--reference",
                reference,
                "--log",
                log,
                "--evidence",
                evidence,
                "--min-rows",
                "5000");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("[monitoring] INACTIVE");
        assertThat(Files.exists(evidence.resolve("retrain-request.json"))).isFalse();
    }

    @Test
    void shouldFailOnASignificantDropBelowTheReleaseValue() throws IOException {
        CommandRun drop = CommandRun.of(
                "monitor",
                "performance",
                "--log",
                log,
                "--labels",
                labels,
                "--key",
                "customer_id",
                "--target",
                "default",
                "--baseline-value",
                "0.99",
                "--min-rows",
                "100",
                "--resamples",
                "200",
                "--evidence",
                evidence);
        CommandRun fine = CommandRun.of(
                "monitor",
                "performance",
                "--log",
                log,
                "--labels",
                labels,
                "--key",
                "requestId",
                "--labels-key",
                "request_id",
                "--target",
                "default",
                "--baseline-value",
                "0.5",
                "--min-rows",
                "100",
                "--resamples",
                "200",
                "--evidence",
                folder.resolve("fine"));

        assertThat(drop.exitCode()).as(drop.err()).isEqualTo(1);
        assertThat(drop.out()).contains("[performance:2026-11-01] FAILED").contains("retrain request:");
        JsonNode request = json(evidence.resolve("retrain-request.json"));
        assertThat(request.path("reason").asText()).isEqualTo("performance");
        assertThat(request.path("windows")).hasSize(4);
        assertThat(fine.exitCode()).as(fine.out() + fine.err()).isZero();
        JsonNode join = json(folder.resolve("fine").resolve("monitoring.json"))
                .path("monitoring")
                .path("join");
        assertThat(join.path("matched").asLong()).isEqualTo(join.path("labels").asLong());
    }

    @Test
    void shouldRejectBadInputWithExitCodeTwo() throws IOException {
        CommandRun noKey = CommandRun.of(
                "monitor",
                "performance",
                "--log",
                log,
                "--labels",
                labels,
                "--key",
                "nope",
                "--target",
                "default",
                "--evidence",
                evidence);
        CommandRun badWindow = CommandRun.of(
                "monitor", "drift", "--pmml", MODEL, "--log", log, "--window", "soon", "--evidence", evidence);
        CommandRun noSubcommand = CommandRun.of("monitor");
        try (Stream<Path> files = Files.list(log)) {
            Path first = files.sorted()
                    .filter(file -> file.toString().endsWith(".jsonl"))
                    .findFirst()
                    .orElseThrow();
            Files.write(first, java.util.Collections.nCopies(50, "{\"timestamp\": garbage"));
        }
        CommandRun corrupt = CommandRun.of("monitor", "drift", "--pmml", MODEL, "--log", log, "--evidence", evidence);

        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("--key column 'nope' is not in the header");
        assertThat(badWindow.exitCode()).isEqualTo(2);
        assertThat(badWindow.err()).contains("'soon' is not a positive duration");
        assertThat(noSubcommand.exitCode()).isEqualTo(2);
        assertThat(corrupt.exitCode()).isEqualTo(2);
        assertThat(corrupt.err()).contains("log lines").contains(":1: ");
    }

    private static JsonNode json(final Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }
}
