package io.modelgate.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import io.modelgate.registry.Registry;
import io.modelgate.registry.RegistryLocation;
import io.modelgate.registry.TrailComparison;
import io.modelgate.registry.Transition;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a promoting command-line process with SIGKILL, again and again, and then checks the registry and its trail. */
class RegistryCrashTest {
    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    @Test
    void shouldStayConsistentWhenThePromotingProcessIsKilledAgainAndAgain() throws Exception {
        String registry = folder.resolve("registry.db").toString();
        for (String version : List.of("1", "2", "3")) {
            CommandRun registered = CommandRun.of(
                    "registry",
                    "register",
                    "--name",
                    "credit-risk",
                    "--version",
                    version,
                    "--file",
                    RegistryCommandTest.FIXTURES.resolve("CreditTree.pmml"),
                    "--registry",
                    registry);
            assertThat(registered.exitCode()).as(registered.err()).isZero();
        }
        Random random = new Random(20261128L);

        for (int round = 0; round < ROUNDS; round++) {
            assertThat(promoteUntilKilled(registry, 3 + random.nextInt(10), random.nextInt(40)))
                    .as("round %d promoted before it was killed", round)
                    .isTrue();
        }
        CommandRun afterCrashes = CommandRun.of("audit", "verify", "--registry", registry);
        Path trail = folder.resolve("registry.audit.jsonl");
        // A power cut can leave half a line; kill -9 cannot, so the test writes one.
        Files.writeString(trail, "{\"seq\":99,\"actor\":\"lo", StandardOpenOption.APPEND);
        CommandRun torn = CommandRun.of("audit", "verify", "--registry", registry);
        CommandRun next = CommandRun.of(
                "registry",
                "rollback",
                "credit-risk",
                "--by",
                "carol",
                "--reason",
                "after the crashes",
                "--registry",
                registry);
        CommandRun clean = CommandRun.of("audit", "verify", "--registry", registry);

        assertThat(afterCrashes.exitCode()).as(afterCrashes.out()).isZero();
        assertThat(afterCrashes.out()).contains("[registry] PASSED").doesNotContain("FAILED");
        assertThat(torn.exitCode()).isZero();
        assertThat(torn.out()).contains("[audit:torn] NOTE - " + trail + ": line ");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).doesNotContain("NOTE").doesNotContain("FAILED");
        try (Registry opened = Registry.open(RegistryLocation.resolve(registry, System.getenv()))) {
            List<Transition> history = opened.history("credit-risk");
            assertThat(history.size()).isGreaterThan(ROUNDS * 3);
            for (int i = 1; i < history.size(); i++) {
                assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
            }
            assertThat(opened.aliases("credit-risk"))
                    .containsEntry("champion", history.get(history.size() - 1).to());
            assertThat(opened.verify()).isEmpty();
            assertThat(opened.compareWith(opened.auditTrail().orElseThrow()))
                    .isEqualTo(new TrailComparison(List.of(), List.of()));
        }
    }

    /** Starts the loop, waits for some successful promotions, then kills it mid-way through the next ones. */
    private static boolean promoteUntilKilled(final String registry, final int promotions, final int pauseMillis)
            throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PromotionLoop.class.getName(),
                        registry)
                .redirectErrorStream(true)
                .start();
        int seen = 0;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && seen < promotions; line = lines.readLine()) {
                if (line.endsWith(" exit 0")) {
                    seen++;
                }
            }
            Thread.sleep(pauseMillis);
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        return seen == promotions;
    }
}
