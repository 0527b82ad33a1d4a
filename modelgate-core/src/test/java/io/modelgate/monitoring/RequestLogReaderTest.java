package io.modelgate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogReaderTest {
    @TempDir
    Path folder;

    @Test
    void shouldReadRotatedAndGzippedFilesInOrderAndSkipThePartialLastLine() throws IOException {
        SyntheticTraffic traffic =
                new SyntheticTraffic(1).day(0, 120, false, false).day(1, 80, false, false);
        Path log = traffic.writeLog(folder.resolve("log"), 50, true);
        new SyntheticTraffic(2).day(2, 30, false, false).writeLog(log, 1000, false);
        Path newest = files(log).get(files(log).size() - 1);
        Files.writeString(newest, "{\"timestamp\":\"2026-11-03T23:59:59Z\",\"inp", StandardOpenOption.APPEND);
        List<Long> timestamps = new ArrayList<>();
        List<String> ages = new ArrayList<>();

        LogHealth health = new RequestLogReader(log, List.of("age", "region")).read(entry -> {
            timestamps.add(entry.timestamp());
            ages.add(entry.input(0));
        });

        assertThat(files(log)).hasSize(5).first().asString().endsWith(".jsonl.gz");
        assertThat(health.files()).isEqualTo(5);
        assertThat(health.entries()).isEqualTo(230);
        assertThat(health.partial()).isEqualTo(1);
        assertThat(health.corrupt()).isZero();
        assertThat(health.check().status().name()).isEqualTo("PASSED");
        assertThat(timestamps).isSorted();
        assertThat(ages).doesNotContainNull().allMatch(age -> age.matches("\\d+"));
    }

    @Test
    void shouldCountCorruptLinesWithTheirFileAndLine() throws IOException {
        Path log = new SyntheticTraffic(3).day(0, 300, false, false).writeLog(folder.resolve("log"), 100, false);
        Path oldest = files(log).get(0);
        List<String> lines = new ArrayList<>(Files.readAllLines(oldest));
        lines.set(2, "{\"timestamp\":\"2026-11-01T00:10:00Z\",\"inputs\":{\"age\":4");
        lines.set(4, "{\"requestId\":\"r-x\",\"outputs\":{\"label\":\"1\"}}");
        lines.set(6, "not json at all");
        Files.write(oldest, lines, StandardCharsets.UTF_8);
        Files.writeString(files(log).get(1), "{\"timestamp\":", StandardOpenOption.APPEND);

        LogHealth health = new RequestLogReader(log, List.of("age")).read(entry -> {});

        assertThat(health.corrupt()).isEqualTo(4);
        assertThat(health.entries()).isEqualTo(297);
        assertThat(health.partial()).isZero();
        assertThat(health.examples())
                .hasSize(4)
                .first()
                .asString()
                .startsWith(oldest.getFileName() + ":3: malformed JSON");
        assertThat(health.examples().get(1)).endsWith(":5: no valid \"timestamp\"");
        assertThat(health.examples().get(3)).contains(files(log).get(1).getFileName() + ":101:");
        assertThat(health.check().status().name()).isEqualTo("NOTE");
        health.requireAtMost(log, LogHealth.DEFAULT_MAX_CORRUPT_SHARE * 2);
        assertThatThrownBy(() -> health.requireAtMost(log, LogHealth.DEFAULT_MAX_CORRUPT_SHARE))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("4 of 301 log lines")
                .hasMessageContaining(oldest.getFileName() + ":3");
    }

    @Test
    void shouldSkipEntriesAndWholeFilesBeforeSince() throws IOException {
        SyntheticTraffic traffic = new SyntheticTraffic(4);
        for (int day = 0; day < 4; day++) {
            traffic.day(day, 100, false, false);
        }
        Path log = traffic.writeLog(folder.resolve("log"), 100, false);
        long since = SyntheticTraffic.START + 2 * SyntheticTraffic.DAY + SyntheticTraffic.DAY / 2;
        List<Long> timestamps = new ArrayList<>();

        LogHealth health =
                new RequestLogReader(log, List.of()).since(since).read(entry -> timestamps.add(entry.timestamp()));

        assertThat(timestamps).allMatch(time -> time >= since).hasSizeBetween(140, 160);
        assertThat(health.section()).containsEntry("filesBeforeSince", 2L);
        assertThat(health.files()).isEqualTo(2);
    }

    @Test
    void shouldTreatACutGzipStreamAsPartialOnlyInTheNewestFile() throws IOException {
        Path log = new SyntheticTraffic(5).day(0, 400, false, false).writeLog(folder.resolve("log"), 200, true);
        for (Path file : files(log)) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        }

        LogHealth health = new RequestLogReader(log, List.of("age")).read(entry -> {});

        assertThat(health.partial()).isEqualTo(1);
        assertThat(health.corrupt()).isEqualTo(1);
        assertThat(health.examples()).singleElement().asString().contains("compressed stream cut short");
        assertThat(health.entries()).isBetween(100L, 399L);
    }

    @Test
    void shouldRejectAMissingFolder() {
        assertThatThrownBy(() -> new RequestLogReader(folder.resolve("missing"), List.of()).read(entry -> {}))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("not a folder of request logs");
    }

    private static List<Path> files(final Path log) throws IOException {
        try (Stream<Path> files = Files.list(log)) {
            return files.sorted().toList();
        }
    }
}
