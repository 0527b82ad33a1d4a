package io.modelgate.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.audit.AuditEntry;
import io.modelgate.audit.AuditTrail;
import io.modelgate.scoring.ModelHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every registry does, on SQLite and on PostgreSQL alike. */
abstract class RegistryContract {
    @TempDir
    Path folder;

    /** @return a new, empty registry's location */
    abstract RegistryLocation location();

    /** Runs SQL against the registry's database, as someone tampering with it would. */
    abstract void tamper(String sql) throws Exception;

    private final List<Registry> opened = new ArrayList<>();

    Registry open() {
        Registry registry = Registry.open(location());
        opened.add(registry);
        return registry;
    }

    @AfterEach
    void close() {
        opened.forEach(Registry::close);
    }

    @Test
    void shouldRegisterAVersionWithItsDigestsAndResolveItByVersionAndAlias() throws IOException {
        Registry registry = open();
        Path evidence = Files.createDirectories(folder.resolve("evidence"));
        Files.writeString(evidence.resolve("comparison.json"), "{\"kind\":\"comparison\"}");
        Path pmml = Models.PMML.get(0);

        ModelVersion version = registry.register(
                new Registration("credit-risk", "1", pmml, evidence, "alice", Map.of("commit", "abc123")));
        registry.moveAlias(new AliasMove("credit-risk", "champion", AliasMove.NONE, "1", "bob", "first release"));
        ResolvedModel byAlias = registry.resolve(
                ModelReference.parse("models:/credit-risk@champion").orElseThrow());
        ResolvedModel byVersion =
                registry.resolve(ModelReference.parse("models:/credit-risk/1").orElseThrow());

        assertThat(version.bundleSha256()).isEqualTo(Digests.of(pmml));
        assertThat(version.modelSha256()).isEqualTo(ModelHash.of(pmml));
        assertThat(version.evidence()).containsOnlyKeys("comparison.json");
        assertThat(version.metadata()).containsEntry("commit", "abc123");
        assertThat(byAlias.file()).hasSameBinaryContentAs(pmml);
        assertThat(byAlias.file().getFileName().toString()).isEqualTo(version.bundleSha256());
        assertThat(byVersion.model()).isEqualTo(byAlias.model());
        assertThat(registry.versions("credit-risk")).containsExactly(version);
        assertThat(registry.aliases("credit-risk")).containsEntry("champion", "1");
    }

    @Test
    void shouldResolveTheModelInsideABundle() throws IOException {
        Registry registry = open();
        Path bundle = Models.bundle(folder, Models.PMML.get(1));

        ModelVersion version = registry.register(new Registration("credit-risk", "7", bundle, null, "alice", Map.of()));
        ResolvedModel resolved =
                registry.resolve(ModelReference.parse("models:/credit-risk/7").orElseThrow());

        assertThat(version.bundleSha256()).isEqualTo(Digests.of(bundle));
        assertThat(version.modelSha256()).isEqualTo(ModelHash.of(Models.PMML.get(1)));
        assertThat(resolved.file()).hasSameBinaryContentAs(bundle);
        assertThat(resolved.model()).hasSameBinaryContentAs(Models.PMML.get(1));
    }

    @Test
    void shouldRefuseToRegisterAVersionTwice() throws IOException {
        Registry registry = open();
        Models.register(registry, "credit-risk", 1);

        assertThatThrownBy(() -> registry.register(
                        new Registration("credit-risk", "1", Models.PMML.get(1), null, "eve", Map.of())))
                .isInstanceOf(RegistryException.class)
                .hasMessageStartingWith("credit-risk version 1 is already registered");
        assertThat(registry.versions("credit-risk")).hasSize(1);
    }

    @Test
    void shouldGiveTheLoserOfARaceAConflictAndChangeNothing() throws IOException {
        Registry registry = open();
        Models.register(registry, "credit-risk", 3);
        registry.moveAlias(new AliasMove("credit-risk", "champion", AliasMove.NONE, "1", "bob", "first"));
        registry.moveAlias(new AliasMove("credit-risk", "champion", "1", "2", "build-41", "better auc"));

        assertThatThrownBy(() -> registry.moveAlias(
                        new AliasMove("credit-risk", "champion", "1", "3", "build-42", "better auc")))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.alias()).isEqualTo("champion");
                    assertThat(conflict.expected()).isEqualTo("1");
                    assertThat(conflict.actual()).isEqualTo("2");
                })
                .hasMessage("conflict on credit-risk@champion: expected version 1 but it is 2 (someone else moved it"
                        + " first); nothing was changed");
        assertThat(registry.aliases("credit-risk")).containsEntry("champion", "2");
        assertThat(registry.history("credit-risk")).hasSize(2);
        assertThat(registry.verify()).isEmpty();
    }

    @Test
    void shouldRollBackToThePreviousChampionAndThenTheOneBefore() throws IOException {
        Registry registry = open();
        Models.register(registry, "credit-risk", 3);
        for (int version = 1; version <= 3; version++) {
            registry.moveAlias(new AliasMove("credit-risk", "champion", null, String.valueOf(version), "bob", "v"));
        }

        Transition first = registry.rollback("credit-risk", "champion", "carol", "latency regression");
        Transition second = registry.rollback("credit-risk", "champion", "carol", "still bad");

        assertThat(first.from()).isEqualTo("3");
        assertThat(first.to()).isEqualTo("2");
        assertThat(first.kind()).isEqualTo(Transition.ROLLBACK);
        assertThat(second.to()).isEqualTo("1");
        assertThatThrownBy(() -> registry.rollback("credit-risk", "champion", "carol", "again"))
                .isInstanceOf(RegistryException.class)
                .hasMessage("credit-risk@champion has no earlier version to roll back to (only 1)");
        assertThat(registry.aliases("credit-risk")).containsEntry("champion", "1");
        assertThat(registry.verify()).isEmpty();
    }

    @Test
    void shouldNameAnEditedAndADeletedTransition() throws Exception {
        Registry registry = open();
        Models.register(registry, "credit-risk", 3);
        registry.moveAlias(new AliasMove("credit-risk", "champion", null, "1", "bob", "a"));
        registry.moveAlias(new AliasMove("credit-risk", "champion", null, "2", "bob", "b"));
        registry.moveAlias(new AliasMove("credit-risk", "champion", null, "3", "bob", "c"));

        tamper("UPDATE transitions SET actor = 'carol' WHERE seq = 2");
        List<String> edited = registry.verify();
        tamper("UPDATE transitions SET actor = 'bob' WHERE seq = 2");
        tamper("DELETE FROM transitions WHERE seq = 2");
        List<String> deleted = registry.verify();

        assertThat(edited)
                .containsExactly(
                        "transition 2 (credit-risk@champion 1 -> 2) was edited: its content no longer matches its hash");
        assertThat(deleted)
                .containsExactly("transition 3 (credit-risk@champion 2 -> 3) follows a gap: transition 2 missing"
                        + " (deleted)");
    }

    @Test
    void shouldNoticeAnAliasMovedBehindTheRegistrysBackAndACorruptBlob() throws Exception {
        Registry registry = open();
        Models.register(registry, "credit-risk", 2);
        registry.moveAlias(new AliasMove("credit-risk", "champion", null, "1", "bob", "a"));
        ModelVersion second = registry.version("credit-risk", "2").orElseThrow();

        tamper("UPDATE aliases SET version_id = (SELECT id FROM versions WHERE version = '2')");
        Path blob = registry.resolve(
                        ModelReference.parse("models:/credit-risk/2").orElseThrow())
                .file();
        Files.writeString(blob, "<PMML/>");

        assertThat(registry.verify())
                .containsExactly(
                        "credit-risk@champion points to version 2 but transition 1 (credit-risk@champion none -> 1)"
                                + " moved it last",
                        "models:/credit-risk/2: " + blob + ": the registry's blob " + second.bundleSha256()
                                + " is corrupt: its SHA-256 is " + Digests.of(blob));
    }

    @Test
    void shouldRecordEveryChangeInTheAuditTrailOnceAndCatchUpAfterACrash() throws IOException {
        Registry registry = open();
        AuditTrail trail = registry.auditTrail().orElseThrow();
        Models.register(registry, "credit-risk", 2);
        registry.moveAlias(new AliasMove("credit-risk", "champion", null, "1", "bob", "first"));

        // A crash between the commit and the audit entry: the change is in the database only.
        registry.withAuditTrail(null).moveAlias(new AliasMove("credit-risk", "champion", "1", "2", "bob", "second"));
        TrailComparison pending = registry.compareWith(trail);
        registry.moveAlias(new AliasMove("credit-risk", "staging", null, "1", "bob", "third"));

        assertThat(pending.failures()).isEmpty();
        assertThat(pending.pending())
                .containsExactly("transition 2 (credit-risk@champion 1 -> 2) is not in the audit trail yet");
        assertThat(trail.entries())
                .extracting(AuditEntry::action)
                .containsExactly(
                        "registry.register", "registry.register", "registry.move", "registry.move", "registry.move");
        assertThat(trail.entries().get(3).details()).containsEntry("to", "2").containsEntry("reason", "second");
        assertThat(trail.verify()).isEmpty();
        assertThat(registry.compareWith(trail)).isEqualTo(new TrailComparison(List.of(), List.of()));
    }

    @Test
    void shouldLoseNoMoveWhenEightThreadsMoveTheChampionAHundredTimesEach() throws Exception {
        Registry registry = open();
        Models.register(registry, "credit-risk", 4);
        registry.moveAlias(new AliasMove("credit-risk", "champion", AliasMove.NONE, "1", "setup", "start"));
        AtomicInteger moved = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> threads = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            Random random = new Random(20260101L + thread);
            String actor = "build-" + thread;
            threads.add(pool.submit(() -> {
                for (int attempt = 0; attempt < 100; attempt++) {
                    String current = registry.aliases("credit-risk").get("champion");
                    String target = String.valueOf((Integer.parseInt(current) + random.nextInt(3)) % 4 + 1);
                    try {
                        registry.moveAlias(new AliasMove("credit-risk", "champion", current, target, actor, "race"));
                        moved.incrementAndGet();
                    } catch (ConflictException conflict) {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> thread : threads) {
            thread.get();
        }
        pool.shutdown();

        List<Transition> history = registry.history("credit-risk");
        assertThat(moved.get() + conflicts.get()).isEqualTo(800);
        assertThat(history).hasSize(moved.get() + 1);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).from())
                    .as("transition %d starts where %d ended", i + 1, i)
                    .isEqualTo(history.get(i - 1).to());
        }
        assertThat(registry.aliases("credit-risk"))
                .containsEntry("champion", history.get(history.size() - 1).to());
        assertThat(registry.verify()).isEmpty();
        AuditTrail trail = registry.auditTrail().orElseThrow();
        assertThat(trail.verify()).isEmpty();
        assertThat(registry.compareWith(trail)).isEqualTo(new TrailComparison(List.of(), List.of()));
    }

    @Test
    void shouldNameAnUnknownModelAliasAndVersion() throws IOException {
        Registry registry = open();
        Models.register(registry, "credit-risk", 1);

        assertThatThrownBy(() -> registry.resolve(
                        ModelReference.parse("models:/churn@champion").orElseThrow()))
                .hasMessageStartingWith("models:/churn@champion: no model churn in the registry");
        assertThatThrownBy(() -> registry.resolve(
                        ModelReference.parse("models:/credit-risk@champion").orElseThrow()))
                .hasMessage("models:/credit-risk@champion: credit-risk has no alias champion (aliases: [])");
        assertThatThrownBy(() -> registry.moveAlias(new AliasMove("credit-risk", "champion", null, "9", "bob", "x")))
                .hasMessage("credit-risk has no version 9");
    }
}
