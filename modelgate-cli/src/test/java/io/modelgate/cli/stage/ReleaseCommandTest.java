package io.modelgate.cli.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import io.modelgate.registry.Registry;
import io.modelgate.registry.RegistryLocation;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Subject;
import io.modelgate.report.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCommandTest {
    private static final Path PMML = Path.of(
                    "../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest/CreditLogistic.pmml")
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path folder;

    private Path policy;
    private Path evidence;
    private Path registry;

    @BeforeEach
    void writePolicyAndEvidence() throws IOException {
        registry = folder.resolve("registry.db");
        policy = folder.resolve("modelgate.yaml");
        Files.writeString(policy, """
                model: credit-risk
                stages:
                  deployment: {require: []}
                  release: {require: []}
                release: {approvers: [alice, bob], minApprovals: 1}
                registry: %s
                """.formatted(registry));
        evidence = folder.resolve("evidence");
        write("stage", "stage-deployment", Map.of("stage", Map.of("name", "deployment")));
        write("bundle", "bundle", Map.of("bundle", Map.of("path", PMML.toString(), "sha256", sha256(PMML))));
    }

    @Test
    void shouldMoveTheChampionInThePolicysRegistryOnlyAfterAValidApproval() throws IOException {
        CommandRun refused = release();
        boolean createdWhenRefused = Files.exists(registry);
        approval("alice");
        CommandRun released = release();

        assertThat(refused.exitCode()).as(refused.out()).isEqualTo(1);
        assertThat(refused.out()).contains("[approvals] FAILED", "[registry:alias] FAILED - not moved");
        assertThat(createdWhenRefused)
                .as("a refused release leaves the registry alone")
                .isFalse();
        assertThat(released.exitCode()).as(released.out()).isZero();
        assertThat(released.out())
                .contains("[registry:version] PASSED - registered 3", "[registry:alias] PASSED - champion: none -> 3");
        try (Registry opened = Registry.open(RegistryLocation.sqlite(registry))) {
            assertThat(opened.aliases("credit-risk")).containsEntry("champion", "3");
            assertThat(opened.history("credit-risk").get(0).reason()).isEqualTo("release approved by alice");
        }
        assertThat(evidence.resolve("release.json")).content().contains("\"kind\" : \"release\"");
        assertThat(evidence.resolve("audit.jsonl")).content().contains("\"release\"");
    }

    @Test
    void shouldRefuseAReleaseWithoutAVersion() {
        CommandRun run = CommandRun.of("release", "--policy", policy, "--evidence", evidence);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--model-version");
        assertThat(registry).doesNotExist();
    }

    private CommandRun release() {
        return CommandRun.of(
                "release",
                "--model-version",
                "3",
                "--policy",
                policy,
                "--evidence",
                evidence,
                "--author",
                "dev",
                "--triggered-by",
                "nightly");
    }

    private void approval(final String by) throws IOException {
        write(
                "approval",
                "approval-" + by,
                Map.of(
                        "approval",
                        Map.of(
                                "stage",
                                "release",
                                "by",
                                by,
                                "decision",
                                "approved",
                                "author",
                                "dev",
                                "triggeredBy",
                                "")));
    }

    private void write(final String kind, final String name, final Map<String, Object> sections) throws IOException {
        EvidenceJson.write(
                new Evidence(
                        kind,
                        Evidence.SCHEMA_VERSION,
                        GateStatus.PASSED,
                        new Subject("credit-risk", "3"),
                        "2026-11-28T08:00:00Z",
                        Tool.MODELGATE,
                        List.of(),
                        List.of(),
                        sections),
                evidence,
                name);
    }

    private static String sha256(final Path file) throws IOException {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
