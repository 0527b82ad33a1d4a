package io.modelgate.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {
    @TempDir
    Path folder;

    @Test
    void shouldChainEveryEntryToThePreviousOne() throws IOException {
        AuditTrail trail = trail(3);

        List<AuditEntry> entries = trail.entries();

        assertThat(trail.verify()).isEmpty();
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).prev()).isEqualTo(AuditEntry.GENESIS);
        assertThat(entries.get(1).prev()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).details()).containsEntry("step", "2");
    }

    @Test
    void shouldNameAnEditedEntry() throws IOException {
        AuditTrail trail = trail(3);
        List<String> lines = Files.readAllLines(trail.file());
        lines.set(1, lines.get(1).replace("\"actor\":\"alice\"", "\"actor\":\"mallory\""));
        Files.write(trail.file(), lines);

        List<AuditProblem> problems = trail.verify();

        assertThat(problems).extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.EDITED);
        assertThat(problems.get(0).seq()).isEqualTo(2);
        assertThat(problems.get(0).message())
                .isEqualTo("entry 2 (line 2) was edited: its content no longer matches its hash");
    }

    @Test
    void shouldFindADeletedEntry() throws IOException {
        AuditTrail trail = trail(3);
        List<String> lines = Files.readAllLines(trail.file());
        lines.remove(1);
        Files.write(trail.file(), lines);

        List<AuditProblem> problems = trail.verify();

        assertThat(problems).extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.DELETED);
        assertThat(problems.get(0).message()).isEqualTo("entry 3 (line 2) follows a gap: entry 2 is missing (deleted)");
    }

    @Test
    void shouldFindReorderedEntries() throws IOException {
        AuditTrail trail = trail(3);
        List<String> lines = Files.readAllLines(trail.file());
        Files.write(trail.file(), List.of(lines.get(0), lines.get(2), lines.get(1)));

        List<AuditProblem> problems = trail.verify();

        assertThat(problems).extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.REORDERED);
        assertThat(problems.get(0).message())
                .isEqualTo("entry 2 (line 3) is out of order: it stands after entry 3 (line 2)");
    }

    @Test
    void shouldFindAnInsertedEntryEvenWithAValidOwnHash() throws IOException {
        AuditTrail trail = trail(3);
        List<String> lines = new ArrayList<>(Files.readAllLines(trail.file()));
        AuditEntry forged = AuditEntry.chained(
                2,
                "2026-01-01T00:00:00Z",
                "mallory",
                "approve",
                "m",
                Map.of(),
                trail.entries().get(0).hash());
        lines.add(1, forged.toLine());
        Files.write(trail.file(), lines);

        List<AuditProblem> problems = trail.verify();

        assertThat(problems).extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.INSERTED);
        assertThat(problems.get(0).line()).isEqualTo(2);
        assertThat(problems.get(0).message()).startsWith("entry 2 (line 2) was inserted");
    }

    @Test
    void shouldFindAnEntryThatWasEditedAndRehashed() throws IOException {
        AuditTrail trail = trail(3);
        List<String> lines = new ArrayList<>(Files.readAllLines(trail.file()));
        AuditEntry original = trail.entries().get(1);
        AuditEntry rewritten = AuditEntry.chained(
                2, original.timestamp(), "mallory", original.action(), original.subject(), Map.of(), original.prev());
        lines.set(1, rewritten.toLine());
        Files.write(trail.file(), lines);

        List<AuditProblem> problems = trail.verify();

        assertThat(problems).extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.BROKEN_CHAIN);
        assertThat(problems.get(0).message())
                .isEqualTo("entry 3 (line 3) does not chain to entry 2 (line 2): one of them was rewritten");
    }

    @Test
    void shouldNameALineThatIsNoEntry() throws IOException {
        AuditTrail trail = trail(2);
        Files.writeString(trail.file(), "not json\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(trail.verify())
                .singleElement()
                .satisfies(problem -> assertThat(problem.kind()).isEqualTo(AuditProblem.Kind.UNREADABLE))
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(3));
    }

    @Test
    void shouldReportATornLastLineAndRemoveItOnTheNextAppend() throws IOException {
        AuditTrail trail = trail(2);
        Files.write(
                trail.file(),
                "{\"seq\":3,\"actor\":\"al".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);

        List<AuditProblem> torn = trail.verify();
        trail.append("bob", "approve", "credit-risk", Map.of());

        assertThat(torn).extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.TORN);
        assertThat(trail.verify()).isEmpty();
        assertThat(trail.entries()).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void shouldKeepTheChainWhenManyThreadsAppendAtOnce() throws Exception {
        AuditTrail trail = new AuditTrail(folder.resolve("audit.jsonl"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int id = thread;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    new AuditTrail(trail.file()).append("user" + id, "alias", "m", Map.of("i", String.valueOf(i)));
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        assertThat(trail.verify()).isEmpty();
        assertThat(trail.entries()).hasSize(400);
    }

    private AuditTrail trail(final int entries) throws IOException {
        AuditTrail trail = new AuditTrail(folder.resolve("audit.jsonl"));
        for (int i = 0; i < entries; i++) {
            trail.append(i == 1 ? "alice" : "bob", "stage", "credit-risk@1", Map.of("step", String.valueOf(i)));
        }
        return trail;
    }
}
