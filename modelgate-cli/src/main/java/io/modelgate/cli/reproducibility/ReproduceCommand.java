package io.modelgate.cli.reproducibility;

import io.modelgate.cli.EvidenceOptions;
import io.modelgate.cli.InputException;
import io.modelgate.cli.Reports;
import io.modelgate.cli.Verdict;
import io.modelgate.data.Durations;
import io.modelgate.report.Evidence;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.reproducibility.Level;
import io.modelgate.reproducibility.ModelEquivalence;
import io.modelgate.reproducibility.ReproducibilityReport;
import io.modelgate.reproducibility.Reproduction;
import io.modelgate.reproducibility.RetrainCommand;
import io.modelgate.reproducibility.Retraining;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.stage.Policy;
import io.modelgate.stage.PolicyReader;
import io.modelgate.stage.ReproducibilitySection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelgate reproduce}: re-runs the training command and checks that it rebuilds the model. */
@Command(
        name = "reproduce",
        mixinStandardHelpOptions = true,
        description = {
            "Re-runs the training command in a clean copy of the working directory and compares each rebuilt model"
                    + " with the given one: IDENTICAL (canonical hash), EQUIVALENT (predictions on --probe within"
                    + " --tolerance) or DIFFERENT (with the first differing PMML element).",
            "The command writes its model to $MODELGATE_OUTPUT, also substituted for {output}.",
            "Exit codes: 0 reproduced, 1 a rebuild is below --require, 2 usage or input error (including a"
                    + " retrain command that fails, times out or writes no model)."
        })
public final class ReproduceCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "PMML", description = "The model to reproduce.")
    Path model;

    @Option(names = "--retrain", required = true, paramLabel = "CMD", description = "The training command (bash).")
    String retrain;

    @Option(
            names = "--runs",
            defaultValue = "1",
            paramLabel = "N",
            description = "Rebuilds (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--probe", paramLabel = "CSV", description = "Data both models score to test equivalence.")
    Path probe;

    @Option(names = "--target", paramLabel = "COL", description = "The probe's target column, for metric deltas.")
    String target;

    @Option(
            names = "--tolerance",
            defaultValue = "1e-6",
            paramLabel = "T",
            description = "Largest output difference still equivalent (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(
            names = "--timeout",
            defaultValue = "30m",
            paramLabel = "D",
            description = "Time limit of one run, e.g. 90s, 10m (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(
            names = "--workdir",
            defaultValue = ".",
            paramLabel = "DIR",
            description = "The directory copied for every run (default: the current one).")
    Path workdir;

    @Option(
            names = "--require",
            defaultValue = "equivalent",
            paramLabel = "LEVEL",
            description = "identical or equivalent (default: ${DEFAULT-VALUE}).")
    String require;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "The policy (modelgate.yaml) whose reproducibility section sets --require, --tolerance,"
                    + " --runs and --timeout, and whose model names the evidence; flags given explicitly override it.")
    Path policyFile;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The model's name (default: the policy's model, else the PMML's modelName).")
    String name;

    @Option(names = "--model-version", paramLabel = "VERSION", defaultValue = "", description = "The model's version.")
    String modelVersion;

    @Mixin
    EvidenceOptions output;

    @Override
    public Integer call() throws Exception {
        if (policyFile != null) {
            applyPolicy(PolicyReader.read(policyFile));
        }
        Level required = level();
        if (runs < 1) {
            throw new InputException("--runs must be at least 1");
        }
        if (!(tolerance >= 0)) {
            throw new InputException("--tolerance must be a number of at least 0, not " + tolerance);
        }
        if (target != null && probe == null) {
            throw new InputException("--target names a column of the probe data: give --probe too");
        }
        RetrainCommand command = command();
        PmmlModel original = PmmlModel.load(model);
        ModelEquivalence equivalence = new ModelEquivalence(probe, target, tolerance);
        equivalence.requireProbeFits(original);
        var err = spec.commandLine().getErr();
        List<Reproduction> outcomes = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            if (!output.quiet()) {
                err.println("reproduce: run " + run + " of " + runs + ": " + retrain);
                err.flush();
            }
            Path rebuilt = Retraining.run(command, run, output.evidence());
            outcomes.add(equivalence.compare(run, original, rebuilt));
        }
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input("model", model.toString(), original.hash(), -1));
        if (probe != null) {
            inputs.add(Input.ofFile("probe", probe));
        }
        Evidence evidence = Evidence.of(
                "reproducibility",
                new Subject(name == null ? original.name() : name, modelVersion),
                inputs,
                ReproducibilityReport.checks(outcomes, required),
                Map.of("reproducibility", ReproducibilityReport.section(command, equivalence, required, outcomes)));
        List<Path> files =
                Reports.write(evidence, output, "reproducibility", "Reproducibility of " + model.getFileName());
        Verdict.print(spec.commandLine().getOut(), evidence, files, output.quiet());
        return Verdict.exitCode(evidence.status(), output.failOnWarning());
    }

    /** Takes the policy's reproducibility rules for every flag not given explicitly. */
    private void applyPolicy(final Policy policy) {
        ReproducibilitySection rules = policy.reproducibility();
        if (!given("--require") && rules.require() != null) {
            require = rules.require();
        }
        if (!given("--tolerance") && rules.tolerance() != null) {
            tolerance = rules.tolerance();
        }
        if (!given("--runs") && rules.runs() != null) {
            runs = rules.runs();
        }
        if (!given("--timeout") && rules.timeout() != null) {
            timeout = rules.timeout();
        }
        if (name == null) {
            name = policy.model();
        }
    }

    private boolean given(final String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    private Level level() {
        try {
            Level level = Level.of(require);
            if (level == Level.DIFFERENT) {
                throw new IllegalArgumentException("--require different would accept any model");
            }
            return level;
        } catch (IllegalArgumentException exception) {
            throw new InputException("--require: " + exception.getMessage());
        }
    }

    private RetrainCommand command() {
        java.time.Duration limit;
        try {
            limit = Durations.parse(timeout);
        } catch (IllegalArgumentException exception) {
            throw new InputException("--timeout: " + exception.getMessage());
        }
        try {
            return new RetrainCommand(retrain, workdir, limit);
        } catch (IllegalArgumentException exception) {
            throw new InputException(exception.getMessage());
        }
    }
}
