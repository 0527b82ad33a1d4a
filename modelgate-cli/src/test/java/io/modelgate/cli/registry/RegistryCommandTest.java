package io.modelgate.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCommandTest {
    static final Path FIXTURES =
            Path.of("../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    @TempDir
    Path folder;

    private String registry;

    @BeforeEach
    void registerTwoVersions() {
        registry = folder.resolve("registry.db").toString();
        assertThat(register("1", "CreditTree.pmml").exitCode()).isZero();
        assertThat(register("2", "CreditBoosting.pmml").exitCode()).isZero();
    }

    @Test
    void shouldPromoteRefuseTheLoserOfARaceAndRollBack() {
        CommandRun first = alias("champion", "1", "none");
        CommandRun second = alias("champion", "2", "1");
        CommandRun loser = alias("champion", "1", "1");
        CommandRun rollback = CommandRun.of(
                "registry", "rollback", "credit-risk", "--by", "carol", "--reason", "latency", "--registry", registry);
        CommandRun history = CommandRun.of("registry", "history", "credit-risk", "--registry", registry);
        CommandRun verify = CommandRun.of("audit", "verify", "--registry", registry);

        assertThat(first.out()).contains("[registry] moved credit-risk@champion: none -> 1 (transition 1, by bob");
        assertThat(second.exitCode()).isZero();
        assertThat(loser.exitCode()).isEqualTo(2);
        assertThat(loser.err())
                .contains("modelgate registry alias set: conflict on credit-risk@champion: expected version 1 but it"
                        + " is 2 (someone else moved it first); nothing was changed");
        assertThat(rollback.out())
                .contains("[registry] rolled back credit-risk@champion: 2 -> 1 (transition 3, by carol");
        assertThat(history.out().lines()).hasSize(3);
        assertThat(history.out())
                .contains("champion  1 -> 2  move  by bob: better")
                .contains("rollback  by carol");
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out())
                .contains("[audit] PASSED - 5 entries in " + folder.resolve("registry.audit.jsonl"))
                .contains("[registry] PASSED - 3 transitions in jdbc:sqlite:");
    }

    @Test
    void shouldListAndShowVersionsWithTheirStoredFiles() {
        alias("champion", "2", null);

        CommandRun list = CommandRun.of("registry", "list", "--registry", registry);
        CommandRun versions = CommandRun.of("registry", "list", "credit-risk", "--registry", registry);
        CommandRun show = CommandRun.of("registry", "show", "models:/credit-risk@champion", "--registry", registry);

        assertThat(list.out()).isEqualTo("credit-risk  versions: 2  aliases: champion=2\n");
        assertThat(versions.out().lines()).hasSize(3).last().asString().endsWith("champion");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out())
                .startsWith("models:/credit-risk/2\n  file:          CreditBoosting.pmml\n")
                .contains("  registered:    ")
                .contains("stored model:  " + folder.resolve("registry.blobs"));
    }

    @Test
    void shouldCompareAndScoreWithModelsFromTheRegistry() {
        alias("champion", "1", null);
        Path evidence = folder.resolve("evidence");

        CommandRun compare = CommandRun.of(
                "compare",
                "--candidate",
                "models:/credit-risk/2",
                "--champion",
                "models:/credit-risk@champion",
                "--registry",
                registry,
                "--data",
                FIXTURES.resolve("credit-holdout.csv"),
                "--target",
                "default",
                "--evidence",
                evidence);
        CommandRun score = CommandRun.of(
                "score",
                "--model",
                "models:/credit-risk@champion",
                "--registry",
                registry,
                "--input",
                FIXTURES.resolve("credit-holdout.csv"),
                "--output",
                folder.resolve("scores.csv"));

        assertThat(compare.exitCode()).as(compare.out() + compare.err()).isZero();
        assertThat(evidence.resolve("comparison.json"))
                .content()
                .contains("\"path\" : \"models:/credit-risk@champion\"")
                .contains("\"path\" : \"models:/credit-risk/2\"");
        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(score.out()).contains("[score] scored 300 rows");
    }

    @Test
    void shouldNameWhatIsWrong() throws Exception {
        CommandRun unknown = CommandRun.of(
                "score",
                "--model",
                "models:/credit-risk@staging",
                "--registry",
                registry,
                "--input",
                "x",
                "--output",
                "y");
        CommandRun malformed = CommandRun.of("registry", "show", "models:/credit-risk", "--registry", registry);
        CommandRun twice = register("2", "CreditTree.pmml");
        CommandRun noModel = CommandRun.of("registry", "history", "churn", "--registry", registry);
        CommandRun silent = CommandRun.of(
                "registry", "list", "--registry", "jdbc:postgresql://127.0.0.1:1/registry?user=ci&password=secret");
        CommandRun notAModel = CommandRun.of(
                "registry",
                "register",
                "--name",
                "credit-risk",
                "--version",
                "3",
                "--file",
                Files.writeString(folder.resolve("x.pmml"), "not xml"),
                "--registry",
                registry);

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("models:/credit-risk@staging: credit-risk has no alias staging (aliases: [])");
        assertThat(malformed.err()).contains("use models:/NAME@ALIAS or models:/NAME/VERSION");
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err())
                .contains("no model churn in the registry jdbc:sqlite:")
                .contains("(models: credit-risk)");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("credit-risk version 2 is already registered");
        assertThat(silent.exitCode()).isEqualTo(2);
        assertThat(silent.err())
                .contains("registry jdbc:postgresql://127.0.0.1:1/registry?user=ci&password=*** does not answer")
                .doesNotContain("secret");
        assertThat(notAModel.exitCode()).isEqualTo(2);
        assertThat(notAModel.err()).contains("x.pmml");
    }

    private CommandRun register(final String version, final String file) {
        return CommandRun.of(
                "registry",
                "register",
                "--name",
                "credit-risk",
                "--version",
                version,
                "--file",
                FIXTURES.resolve(file),
                "--by",
                "alice",
                "--registry",
                registry);
    }

    private CommandRun alias(final String alias, final String version, final String expect) {
        return expect == null
                ? CommandRun.of(
                        "registry",
                        "alias",
                        "set",
                        "credit-risk",
                        alias,
                        version,
                        "--by",
                        "bob",
                        "--reason",
                        "better",
                        "--registry",
                        registry)
                : CommandRun.of(
                        "registry",
                        "alias",
                        "set",
                        "credit-risk",
                        alias,
                        version,
                        "--expect",
                        expect,
                        "--by",
                        "bob",
                        "--reason",
                        "better",
                        "--registry",
                        registry);
    }
}
