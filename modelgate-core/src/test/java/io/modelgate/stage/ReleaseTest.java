package io.modelgate.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.gate.EvidenceFolder;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.report.Tool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseTest {
    private static final String BUNDLE = "b".repeat(64);
    private static final Policy POLICY =
            new Policy("credit-risk", "default", null, new ReleasePolicy(List.of("alice", "bob"), 1, true), null);

    @TempDir
    Path folder;

    private final FakeRegistry registry = new FakeRegistry();

    @BeforeEach
    void passTheEarlierStages() throws IOException {
        write("stage", GateStatus.PASSED, List.of(), Map.of("stage", Map.of("name", "deployment")), "stage-deployment");
        write(
                "bundle",
                GateStatus.PASSED,
                List.of(),
                Map.of("bundle", Map.of("path", "bundles/credit-risk-3.zip", "sha256", BUNDLE)),
                "bundle");
        registry.aliases.put("champion", "2");
    }

    @Test
    void shouldRegisterTheBundleAndMoveTheChampionOnceApproved() throws IOException {
        approval("alice", "approved");

        Evidence release = release();

        assertThat(release.kind()).isEqualTo("release");
        assertThat(release.status()).isEqualTo(GateStatus.PASSED);
        assertThat(check(release, "registry:version").actual()).startsWith("registered 3");
        assertThat(check(release, "registry:alias").actual()).isEqualTo("champion: 2 -> 3");
        assertThat(registry.versions).containsEntry("3", BUNDLE);
        assertThat(registry.aliases).containsEntry("champion", "3");
        assertThat(registry.moves).containsExactly("champion 2->3 by nightly: release approved by alice");
        assertThat(release.inputs()).extracting(Input::role).contains("bundle");
        assertThat(release.sections().get("release").toString()).contains("approvedBy=[alice]", "from=2", "to=3");
    }

    @Test
    void shouldChangeNothingWithoutAValidApproval() throws IOException {
        approval("dev", "approved");

        Evidence release = release();

        assertThat(release.status()).isEqualTo(GateStatus.FAILED);
        assertThat(check(release, "approvals").status()).isEqualTo(GateStatus.FAILED);
        assertThat(check(release, "registry:alias").message()).startsWith("nothing changed");
        assertThat(registry.versions).isEmpty();
        assertThat(registry.moves).isEmpty();
    }

    @Test
    void shouldRefuseWhenTheRegisteredVersionIsAnotherFile() throws IOException {
        approval("alice", "approved");
        registry.versions.put("3", "c".repeat(64));

        Evidence release = release();

        assertThat(check(release, "registry:version").status()).isEqualTo(GateStatus.FAILED);
        assertThat(check(release, "registry:alias").status()).isEqualTo(GateStatus.FAILED);
        assertThat(registry.aliases).containsEntry("champion", "2");
    }

    @Test
    void shouldReportALostRaceAndChangeNothing() throws IOException {
        approval("alice", "approved");
        registry.conflict = true;

        Evidence release = release();

        assertThat(check(release, "registry:alias").status()).isEqualTo(GateStatus.FAILED);
        assertThat(check(release, "registry:alias").message()).contains("not moved: champion moved to 4 meanwhile");
        assertThat(registry.aliases).containsEntry("champion", "2");
    }

    @Test
    void shouldNoteAnAliasThatAlreadyPointsThere() throws IOException {
        approval("alice", "approved");
        registry.versions.put("3", BUNDLE);
        registry.aliases.put("champion", "3");

        Evidence release = release();

        assertThat(check(release, "registry:alias").status()).isEqualTo(GateStatus.NOTE);
        assertThat(registry.moves).isEmpty();
    }

    private Evidence release() throws IOException {
        StageContext context = new StageContext(POLICY, "3", EvidenceFolder.read(folder), "dev", "nightly");
        return new Release(context, registry, "champion", "nightly").run();
    }

    private void approval(final String by, final String decision) throws IOException {
        write(
                "approval",
                GateStatus.PASSED,
                List.of(),
                Map.of(
                        "approval",
                        Map.of("stage", "release", "by", by, "decision", decision, "author", "dev", "triggeredBy", "")),
                "approval-" + by);
    }

    private void write(
            final String kind,
            final GateStatus status,
            final List<Input> inputs,
            final Map<String, Object> sections,
            final String name)
            throws IOException {
        Evidence evidence = new Evidence(
                kind,
                Evidence.SCHEMA_VERSION,
                status,
                new Subject("credit-risk", "3"),
                "2026-11-28T08:00:00Z",
                Tool.MODELGATE,
                inputs,
                List.of(),
                sections);
        EvidenceJson.write(evidence, folder, name);
    }

    private static Check check(final Evidence evidence, final String name) {
        return evidence.checks().stream()
                .filter(check -> check.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Versions and aliases in maps; a move can be made to lose a race. */
    private static final class FakeRegistry implements AliasMover {
        final Map<String, String> versions = new HashMap<>();
        final Map<String, String> aliases = new HashMap<>();
        final List<String> moves = new ArrayList<>();
        boolean conflict;

        @Override
        public Optional<String> current(final String model, final String alias) {
            return Optional.ofNullable(aliases.get(alias));
        }

        @Override
        public Optional<String> registered(final String model, final String version) {
            return Optional.ofNullable(versions.get(version));
        }

        @Override
        public void register(final String model, final String version, final Path bundle, final String actor) {
            versions.put(version, BUNDLE);
        }

        @Override
        public void move(
                final String model,
                final String alias,
                final Optional<String> expected,
                final String version,
                final String actor,
                final String reason) {
            if (conflict) {
                throw new IllegalStateException(alias + " moved to 4 meanwhile");
            }
            moves.add(alias + " " + expected.orElse("none") + "->" + version + " by " + actor + ": " + reason);
            aliases.put(alias, version);
        }
    }
}
