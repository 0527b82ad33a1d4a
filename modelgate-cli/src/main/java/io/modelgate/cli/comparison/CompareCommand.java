package io.modelgate.cli.comparison;

import io.modelgate.cli.ModelPaths;
import io.modelgate.cli.OutputOptions;
import io.modelgate.cli.RegistryOption;
import io.modelgate.cli.Reports;
import io.modelgate.cli.Verdict;
import io.modelgate.comparison.ComparisonSettings;
import io.modelgate.comparison.HoldoutComparison;
import io.modelgate.report.Evidence;
import io.modelgate.report.Subject;
import io.modelgate.risk.RiskSettings;
import io.modelgate.scoring.ScoringEngine;
import io.modelgate.stage.Policy;
import io.modelgate.stage.PolicyReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code modelgate compare}: is the candidate better than the champion on the same holdout, significantly? */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Scores the candidate and the champion on the same labelled holdout (paired) and decides whether the"
                    + " candidate is better: every metric with a paired Poisson-bootstrap confidence interval of the"
                    + " difference, McNemar's test on per-row correctness and DeLong's test of the AUC difference,"
                    + " guard metrics and slices each non-inferior within their margins. It also checks the candidate's"
                    + " model risk: parity with the training framework's own predictions (--expected-predictions),"
                    + " size, scoring latency and the decision flip rate under small input perturbations.",
            "Exit codes: 0 the candidate passes, 1 it does not, 2 usage or input error."
        })
public final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--candidate",
            required = true,
            paramLabel = "PMML",
            description = "The newly trained model: a file or models:/NAME@ALIAS or models:/NAME/VERSION.")
    String candidate;

    @Option(
            names = "--champion",
            paramLabel = "PMML",
            description = "The model in production (a file or a models:/ reference, e.g. models:/credit-risk@champion);"
                    + " without it, --on-missing-champion decides.")
    String champion;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "HOLDOUT",
            description = "The labelled holdout CSV, never used in training.")
    Path data;

    @Option(
            names = "--target",
            paramLabel = "COLUMN",
            description = "The holdout's label column (default: the policy's target).")
    String target;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "The policy (modelgate.yaml) whose comparison section sets the rules; flags given explicitly"
                    + " override its keys.")
    Path policyFile;

    @Option(
            names = "--primary",
            paramLabel = "METRIC",
            description =
                    "The deciding metric: auc (default for classifiers), accuracy, log_loss, brier, rmse (default for regressions), mae.")
    String primary;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            defaultValue = "superiority",
            description = "superiority (default) or non-inferiority.")
    String mode;

    @Option(
            names = "--margin",
            paramLabel = "M",
            defaultValue = "0",
            description = "Non-inferiority margin of the primary metric (default ${DEFAULT-VALUE}).")
    double margin;

    @Option(
            names = "--min-improvement",
            paramLabel = "ABS",
            defaultValue = "0",
            description =
                    "Least absolute improvement the interval's lower bound must exceed (default ${DEFAULT-VALUE}).")
    double minimumImprovement;

    @Option(
            names = "--min-relative-improvement",
            paramLabel = "REL",
            defaultValue = "0",
            description = "Least improvement as a share of |champion| (default ${DEFAULT-VALUE}).")
    double minimumRelativeImprovement;

    @Option(
            names = "--guard",
            paramLabel = "METRIC:MARGIN",
            description = "A metric that must stay non-inferior within a margin, e.g. log_loss:0.01; repeatable.")
    List<String> guards = List.of();

    @Option(
            names = "--slice",
            paramLabel = "COLUMN",
            description = "A column whose values are slices, each checked for non-inferiority; repeatable.")
    List<String> slices = List.of();

    @Option(
            names = "--slice-min-size",
            paramLabel = "N",
            defaultValue = "100",
            description = "Slices with fewer rows are INACTIVE (default ${DEFAULT-VALUE}).")
    int sliceMinimumSize;

    @Option(
            names = "--slice-margin",
            paramLabel = "M",
            defaultValue = "0.02",
            description = "Non-inferiority margin within each slice (default ${DEFAULT-VALUE}).")
    double sliceMargin;

    @Option(
            names = "--alpha",
            paramLabel = "A",
            defaultValue = "0.05",
            description = "Significance level (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(
            names = "--max-changed-decisions",
            paramLabel = "SHARE",
            defaultValue = "1",
            description = "Largest share of rows whose decision may change (default ${DEFAULT-VALUE}: no limit).")
    double maximumChangedDecisions;

    @Option(
            names = "--on-missing-champion",
            paramLabel = "WHAT",
            defaultValue = "fail",
            description = "pass, fail (default) or inactive when there is no champion.")
    String onMissingChampion;

    @Option(
            names = "--resamples",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    int resamples;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            defaultValue = "20260101",
            description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: the number of cores).")
    Integer threads;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "auto",
            description = "Scoring engine: auto (default: the compiled form when it compiles and agrees with jpmml on"
                    + " the holdout's first rows, else jpmml), compiled or jpmml.")
    String engine;

    @Mixin
    RegistryOption models;

    @Mixin
    RiskOptions risk;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ComparisonSettings settings;
        RiskSettings limits;
        ScoringEngine scoringEngine;
        try {
            scoringEngine = ScoringEngine.parse(engine);
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), "--engine: " + exception.getMessage(), exception);
        }
        Policy policy = policyFile == null ? null : PolicyReader.read(policyFile);
        String column = target != null ? target : policy == null ? null : policy.target();
        if (column == null || column.isBlank()) {
            throw new ParameterException(spec.commandLine(), "Missing --target (or a target in --policy)");
        }
        List<String> sliceColumns = given("--slice") || policy == null
                ? slices
                : policy.comparison().sliceColumns();
        try {
            settings = overlay(
                    policy == null
                            ? ComparisonSettings.defaults()
                            : policy.comparison().settings());
            limits = risk.settings();
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
        Evidence evidence = new HoldoutComparison(models.resolve(candidate), data, column)
                .withChampion(champion == null ? null : models.resolve(champion))
                .withNames(candidate, champion)
                .withSlices(sliceColumns)
                .withThreads(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                .withSettings(settings)
                .withRisk(limits)
                .withEngine(scoringEngine)
                .withSubject(new Subject(output.model(), output.modelVersion()))
                .run();
        List<Path> files = Reports.write(
                evidence,
                output,
                "comparison",
                "Candidate " + ModelPaths.label(candidate)
                        + (champion == null ? "" : " against champion " + ModelPaths.label(champion)));
        Verdict.print(spec.commandLine().getOut(), evidence, files, output.quiet());
        return Verdict.exitCode(evidence.status(), output.failOnWarning());
    }

    /** Puts every comparison flag given explicitly over the policy's (or the default) settings. */
    private ComparisonSettings overlay(final ComparisonSettings base) {
        return new ComparisonSettings(
                        given("--primary") ? primary : base.primaryMetric(),
                        given("--mode") ? mode : base.mode(),
                        given("--margin") ? margin : base.margin(),
                        given("--min-improvement") ? minimumImprovement : base.minimumImprovement(),
                        given("--min-relative-improvement")
                                ? minimumRelativeImprovement
                                : base.minimumRelativeImprovement(),
                        given("--guard") ? guards : base.guards(),
                        given("--slice-min-size") ? sliceMinimumSize : base.sliceMinimumSize(),
                        given("--slice-margin") ? sliceMargin : base.sliceMargin(),
                        given("--alpha") ? alpha : base.alpha(),
                        given("--max-changed-decisions") ? maximumChangedDecisions : base.maximumChangedDecisions(),
                        given("--on-missing-champion") ? onMissingChampion : base.onMissingChampion(),
                        given("--resamples") ? resamples : base.resamples(),
                        given("--seed") ? seed : base.seed())
                .checked();
    }

    private boolean given(final String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }
}
