package io.modelgate.server.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.scoring.Prediction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void shouldWriteOneFlatJsonLinePerRecordInTheModelsFieldOrder() throws Exception {
        RequestLog log = RequestLog.start(RequestLogOptions.defaults(folder), new MutableClock(START), () -> 0.0);

        log.offer(entry(0));
        log.offer(new RequestLogEntry(
                START, "r-2#0", "limit", "3", Map.of("age", 41L), new Prediction(null, 1234.5, Map.of()), 99));
        log.close();

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(fieldNames(first))
                .containsExactly("timestamp", "requestId", "model", "version", "inputs", "outputs", "latencyMicros");
        assertThat(first.get("timestamp").asText()).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(fieldNames(first.get("inputs"))).containsExactly("region", "age", "income", "missing");
        assertThat(first.get("inputs").get("region").asText()).isEqualTo("east");
        assertThat(first.get("inputs").get("age").asLong()).isEqualTo(27);
        assertThat(first.get("inputs").get("missing").isNull()).isTrue();
        assertThat(first.get("outputs").toString())
                .isEqualTo("{\"label\":\"1\",\"probabilities\":{\"0\":0.25,\"1\":0.75}}");
        assertThat(first.get("latencyMicros").asLong()).isEqualTo(812);
        assertThat(lines.get(1).get("outputs").toString()).isEqualTo("{\"value\":1234.5}");
        assertThat(log.written()).isEqualTo(2);
        assertThat(log.dropped()).isZero();
    }

    @Test
    void shouldSampleEachRecordWithTheGivenRate() throws Exception {
        var draws = new SplittableRandom(20261128);
        RequestLog log = RequestLog.start(
                RequestLogOptions.defaults(folder).withSampleRate(0.3), new MutableClock(START), draws::nextDouble);
        var same = new SplittableRandom(20261128);
        int expected = 0;
        for (int i = 0; i < 1_000; i++) {
            expected += same.nextDouble() < 0.3 ? 1 : 0;
        }

        int sampled = 0;
        for (int i = 0; i < 1_000; i++) {
            if (log.sample()) {
                log.offer(entry(i));
                sampled++;
            }
        }
        log.close();

        assertThat(sampled).isEqualTo(expected).isBetween(240, 360);
        assertThat(lines()).hasSize(expected);
        assertThat(RequestLog.disabled().sample()).isFalse();
        RequestLog none = RequestLog.start(
                RequestLogOptions.defaults(folder.resolve("none")).withSampleRate(0), new MutableClock(START), () -> 0);
        assertThat(none.sample()).isFalse();
        none.close();
    }

    @Test
    void shouldRotateBySizeKeepOnlyTheNewestFilesAndNeverSplitALine() throws Exception {
        RequestLogOptions options = RequestLogOptions.defaults(folder)
                .withRotation(2_000, Duration.ofHours(1))
                .withRetention(false, 3);
        RequestLog log = RequestLog.start(options, new MutableClock(START), () -> 0.0);

        for (int i = 0; i < 40; i++) {
            log.offer(entry(i));
        }
        log.close();

        List<Path> files = rotated();
        assertThat(files).hasSize(3);
        assertThat(files).allSatisfy(file -> assertThat(Files.size(file)).isLessThanOrEqualTo(2_000));
        List<JsonNode> kept = lines();
        assertThat(kept).isNotEmpty();
        assertThat(record(kept.get(kept.size() - 1))).isEqualTo(39);
        for (int i = 1; i < kept.size(); i++) {
            assertThat(record(kept.get(i))).isEqualTo(record(kept.get(i - 1)) + 1);
        }
        assertThat(folder.resolve(RotatingFile.ACTIVE)).doesNotExist();
    }

    @Test
    void shouldRotateAnIdleFileByAgeAndGzipIt() throws Exception {
        var clock = new MutableClock(START);
        RequestLog log = RequestLog.start(
                RequestLogOptions.defaults(folder).withRotation(1 << 20, Duration.ofMinutes(10)), clock, () -> 0.0);
        log.offer(entry(0));
        awaitWritten(log, 1);

        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 500 && rotated().isEmpty(); i++) {
            Thread.sleep(20);
        }

        assertThat(rotated()).hasSize(1);
        assertThat(rotated().get(0).getFileName().toString()).isEqualTo("requests-20261128-100000-1.jsonl.gz");
        log.offer(entry(1));
        log.close();
        assertThat(rotated()).hasSize(2);
        assertThat(lines()).extracting(RequestLogTest::record).containsExactly(0, 1);
    }

    @Test
    void shouldCountRecordsOfferedAfterClosingAsDropped() throws Exception {
        RequestLog log = RequestLog.start(RequestLogOptions.defaults(folder), new MutableClock(START), () -> 0.0);
        log.close();

        log.offer(entry(0));

        assertThat(log.dropped()).isEqualTo(1);
        assertThat(log.written()).isZero();
    }

    @Test
    void shouldRotateTheFileAPreviousRunLeftBehind() throws Exception {
        Files.writeString(folder.resolve(RotatingFile.ACTIVE), "{\"left\":true}\n");

        RequestLog log = RequestLog.start(RequestLogOptions.defaults(folder), new MutableClock(START), () -> 0.0);
        log.close();

        assertThat(rotated()).hasSize(1);
        assertThat(lines()).hasSize(1);
    }

    private static RequestLogEntry entry(final int record) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("region", "east");
        inputs.put("age", 27L);
        inputs.put("income", 34120.24);
        inputs.put("missing", null);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        probabilities.put("0", 0.25);
        probabilities.put("1", 0.75);
        return new RequestLogEntry(
                START, "r-" + record, "credit", "1", inputs, new Prediction("1", Double.NaN, probabilities), 812);
    }

    private static int record(final JsonNode line) {
        return Integer.parseInt(line.get("requestId").asText().substring("r-".length()));
    }

    private static void awaitWritten(final RequestLog log, final long lines) throws InterruptedException {
        for (int i = 0; i < 500 && log.written() < lines; i++) {
            Thread.sleep(10);
        }
        assertThat(log.written()).isEqualTo(lines);
    }

    private List<Path> rotated() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(RotatingFile::isRotated)
                    .sorted(RotatingFile.byAge())
                    .toList();
        }
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (Path file : rotated()) {
            try (InputStream in = file.toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(file))
                    : Files.newInputStream(file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    private static List<String> fieldNames(final JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
