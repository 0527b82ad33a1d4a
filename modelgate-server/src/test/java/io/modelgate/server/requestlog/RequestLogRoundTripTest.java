package io.modelgate.server.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.monitoring.LogEntry;
import io.modelgate.monitoring.LogHealth;
import io.modelgate.monitoring.RequestLogReader;
import io.modelgate.scoring.Prediction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's request log is read back by the monitoring reader, field by field, across a gzipped rotation. */
class RequestLogRoundTripTest {
    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void shouldBeReadBackByTheMonitoringReaderAcrossARotation() throws Exception {
        var clock = new MutableClock(START);
        RequestLog log = RequestLog.start(
                RequestLogOptions.defaults(folder).withRotation(1 << 20, Duration.ofMinutes(10)), clock, () -> 0.0);
        log.offer(entry(0, "east", 0.75));
        awaitWritten(log, 1);
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 500 && !gzipped(); i++) {
            Thread.sleep(20);
        }
        log.offer(entry(1, "west", 0.125));
        log.offer(new RequestLogEntry(
                START, "r-2", "limit", "3", Map.of("age", 41L), new Prediction(null, 1234.5, Map.of()), 99));
        log.close();

        List<String> read = new ArrayList<>();
        LogHealth health = new RequestLogReader(folder, List.of("region", "age", "missing"))
                .read(entry -> read.add(describe(entry)));

        assertThat(health.files()).isEqualTo(2);
        assertThat(health.corrupt()).isZero();
        assertThat(health.entries()).isEqualTo(3);
        assertThat(read)
                .containsExactly(
                        "r-0 credit/1 2026-11-28T10:00:00Z region=east age=27 missing=null label=1 p1=0.75 812us",
                        "r-1 credit/1 2026-11-28T10:00:00Z region=west age=27 missing=null label=1 p1=0.125 812us",
                        "r-2 limit/3 2026-11-28T10:00:00Z region=null age=41 missing=null value=1234.5 99us");
    }

    private static String describe(final LogEntry entry) {
        String prediction = entry.label() == null
                ? "value=" + entry.value()
                : "label=" + entry.label() + " p1=" + entry.probability("1");
        return String.format(
                Locale.ROOT,
                "%s %s/%s %s region=%s age=%s missing=%s %s %dus",
                entry.requestId(),
                entry.model(),
                entry.version(),
                Instant.ofEpochMilli(entry.timestamp()),
                entry.input(0),
                entry.input(1),
                entry.input(2),
                prediction,
                entry.latencyMicros());
    }

    private static RequestLogEntry entry(final int record, final String region, final double positive) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("region", region);
        inputs.put("age", 27L);
        inputs.put("missing", null);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        probabilities.put("0", 1 - positive);
        probabilities.put("1", positive);
        return new RequestLogEntry(
                START, "r-" + record, "credit", "1", inputs, new Prediction("1", Double.NaN, probabilities), 812);
    }

    private boolean gzipped() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".jsonl.gz"));
        }
    }

    private static void awaitWritten(final RequestLog log, final long lines) throws InterruptedException {
        for (int i = 0; i < 500 && log.written() < lines; i++) {
            Thread.sleep(10);
        }
    }
}
