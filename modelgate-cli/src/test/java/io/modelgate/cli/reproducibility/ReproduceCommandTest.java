package io.modelgate.cli.reproducibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {
    private static final Path SKLEARN = Path.of(
                    "../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest")
            .toAbsolutePath()
            .normalize();
    private static final Path LOGISTIC = SKLEARN.resolve("CreditLogistic.pmml");
    private static final Path HOLDOUT = SKLEARN.resolve("credit-holdout.csv");

    @TempDir
    Path folder;

    @Test
    void shouldPassAndWriteEvidenceWhenTheRebuildIsIdentical() throws IOException {
        Path evidence = folder.resolve("evidence");
        String retrain = "sed 's/<Timestamp>/<Timestamp>rebuilt /' '" + LOGISTIC + "' > {output}";

        CommandRun run = CommandRun.of(
                "reproduce",
                "--model",
                LOGISTIC,
                "--retrain",
                retrain,
                "--runs",
                2,
                "--workdir",
                folder,
                "--evidence",
                evidence,
                "--junit",
                folder.resolve("junit.xml"),
                "--html",
                folder.resolve("r.html"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper()
                .readTree(evidence.resolve("reproducibility.json").toFile());
        assertThat(json.path("kind").asText()).isEqualTo("reproducibility");
        assertThat(json.path("inputs").get(0).path("role").asText()).isEqualTo("model");
        assertThat(json.path("reproducibility").path("runs")).hasSize(2);
        assertThat(json.path("reproducibility")
                        .path("runs")
                        .get(1)
                        .path("level")
                        .asText())
                .isEqualTo("identical");
        assertThat(evidence.resolve("reproduce-run-2.pmml")).exists();
        assertThat(Files.readString(folder.resolve("junit.xml"))).contains("reproduce:run-1");
        assertThat(Files.readString(folder.resolve("r.html"))).contains("Reproducibility");
    }

    @Test
    void shouldFailTheGateWhenTheRebuildIsDifferentAndSayWhere() {
        String retrain =
                "sed -e 's/coefficient=\"0.6658778412369887\"/coefficient=\"0.7\"/' -e '/<ModelVerification/,/ModelVerification>/d' '"
                        + LOGISTIC + "' > {output}";

        CommandRun run = CommandRun.of(
                "reproduce",
                "--model",
                LOGISTIC,
                "--retrain",
                retrain,
                "--probe",
                HOLDOUT,
                "--target",
                "default",
                "--workdir",
                folder,
                "--evidence",
                folder.resolve("evidence"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("[reproduce:run-1] FAILED")
                .contains("NumericPredictor[@name='standardScaler(debt_ratio)']/@coefficient");
    }

    @Test
    void shouldAcceptAnEquivalentRebuildUnlessIdenticalIsRequired() {
        String retrain =
                "sed 's/coefficient=\"0.6658778412369887\"/coefficient=\"0.66587784\"/' '" + LOGISTIC + "' > {output}";
        Object[] common = {
            "reproduce",
            "--model",
            LOGISTIC,
            "--retrain",
            retrain,
            "--probe",
            HOLDOUT,
            "--tolerance",
            "1e-6",
            "--workdir",
            folder,
            "--evidence",
            folder.resolve("evidence")
        };

        CommandRun equivalent = CommandRun.of(common);
        CommandRun identical = CommandRun.of(concat(common, "--require", "identical"));

        assertThat(equivalent.exitCode()).as(equivalent.out()).isZero();
        assertThat(identical.exitCode()).isEqualTo(1);
        assertThat(identical.out()).contains("is equivalent");
    }

    @Test
    void shouldTakeTheRequiredLevelFromThePolicyUnlessAFlagOverridesIt() throws IOException {
        Path policy = folder.resolve("modelgate.yaml");
        Files.writeString(policy, "model: credit-risk\nreproducibility:\n  require: identical\n  tolerance: 1e-6\n");
        String retrain =
                "sed 's/coefficient=\"0.6658778412369887\"/coefficient=\"0.66587784\"/' '" + LOGISTIC + "' > {output}";
        Object[] common = {
            "reproduce",
            "--model",
            LOGISTIC,
            "--retrain",
            retrain,
            "--probe",
            HOLDOUT,
            "--policy",
            policy,
            "--workdir",
            folder,
            "--evidence",
            folder.resolve("evidence")
        };

        CommandRun fromPolicy = CommandRun.of(common);
        CommandRun overridden = CommandRun.of(concat(common, "--require", "equivalent"));

        assertThat(fromPolicy.exitCode()).as(fromPolicy.out()).isEqualTo(1);
        assertThat(fromPolicy.out()).contains("is equivalent");
        assertThat(overridden.exitCode()).as(overridden.out()).isZero();
        assertThat(Files.readString(folder.resolve("evidence/reproducibility.json")))
                .contains("\"model\" : \"credit-risk\"");
    }

    @Test
    void shouldExitWithAnInputErrorNamingTheLogWhenTheCommandFails() {
        CommandRun run = CommandRun.of(
                "reproduce",
                "--model",
                LOGISTIC,
                "--retrain",
                "echo no data >&2; exit 4",
                "--workdir",
                folder,
                "--evidence",
                folder.resolve("evidence"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("exit code 4", "reproduce-run-1.stderr.log", "no data");
        assertThat(folder.resolve("evidence/reproducibility.json")).doesNotExist();
    }

    @Test
    void shouldStopARetrainThatRunsPastTheTimeoutAndRemoveItsCopy() throws IOException {
        CommandRun run = retrain("pwd > '" + folder.resolve("cwd.txt") + "'; sleep 60", "--timeout", "1s");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("timed out after PT1S", "evidence");
        assertThat(copyOfTheWorkingDirectory()).doesNotExist();
        assertThat(folder.resolve("evidence/reproducibility.json")).doesNotExist();
    }

    @Test
    void shouldRefuseARetrainThatWritesNoModelAndRemoveItsCopy() throws IOException {
        CommandRun run = retrain("pwd > '" + folder.resolve("cwd.txt") + "'; echo trained");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("wrote no model", "MODELGATE_OUTPUT", "reproduce-run-1.stdout.log");
        assertThat(copyOfTheWorkingDirectory()).doesNotExist();
        assertThat(folder.resolve("evidence/reproduce-run-1.stdout.log")).hasContent("trained");
    }

    @Test
    void shouldNameAMissingTrainingProgram() {
        CommandRun run = retrain("no-such-trainer --seed 42 --output {output}");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("exit code 127", "no-such-trainer: command not found");
    }

    @Test
    void shouldRefuseAProbeThatDoesNotFitTheModelBeforeRetraining() throws IOException {
        Path probe = Files.writeString(folder.resolve("probe.csv"), "region,age,income\nnorth,30,1000\n");

        CommandRun run = retrain("touch '" + folder.resolve("ran") + "'", "--probe", probe);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("probe.csv:1", "no column 'debt_ratio'");
        assertThat(folder.resolve("ran")).doesNotExist();
    }

    @Test
    void shouldRefuseATargetWithoutProbeData() {
        CommandRun run = retrain("true", "--target", "default");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --probe too");
    }

    private CommandRun retrain(final String command, final Object... options) {
        Object[] common = {
            "reproduce",
            "--model",
            LOGISTIC,
            "--retrain",
            command,
            "--workdir",
            folder,
            "--evidence",
            folder.resolve("evidence")
        };
        return CommandRun.of(concat(common, options));
    }

    /** @return the temporary directory the retrain command ran in, as it wrote it to cwd.txt */
    private Path copyOfTheWorkingDirectory() throws IOException {
        Path work = Path.of(Files.readString(folder.resolve("cwd.txt")).strip());
        assertThat(work.getFileName()).hasToString("work");
        return work.getParent();
    }

    @Test
    void shouldRefuseAnUnknownLevelAndABadTimeout() {
        CommandRun level = CommandRun.of("reproduce", "--model", LOGISTIC, "--retrain", "true", "--require", "similar");
        CommandRun timeout = CommandRun.of("reproduce", "--model", LOGISTIC, "--retrain", "true", "--timeout", "soon");

        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.err()).contains("unknown level 'similar'");
        assertThat(timeout.exitCode()).isEqualTo(2);
        assertThat(timeout.err()).contains("--timeout: 'soon' is not a positive duration");
    }

    private static Object[] concat(final Object[] first, final Object... more) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
