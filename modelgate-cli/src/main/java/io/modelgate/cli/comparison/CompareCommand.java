package io.modelgate.cli.comparison;

import io.modelgate.cli.OutputOptions;
import io.modelgate.cli.Reports;
import io.modelgate.cli.Verdict;
import io.modelgate.comparison.ChampionCandidateComparison;
import io.modelgate.comparison.ComparisonMetric;
import io.modelgate.comparison.ComparisonPolicy;
import io.modelgate.comparison.ComparisonReport;
import io.modelgate.comparison.GuardMetric;
import io.modelgate.comparison.MissingChampion;
import io.modelgate.comparison.PairedPredictions;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.scoring.EngineReport;
import io.modelgate.scoring.HoldoutScores;
import io.modelgate.scoring.HoldoutScoring;
import io.modelgate.scoring.ModelFunction;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.ScoringEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Option(names = "--candidate", required = true, paramLabel = "PMML", description = "The newly trained model.")
    Path candidate;

    @Option(
            names = "--champion",
            paramLabel = "PMML",
            description = "The model in production; without it, --on-missing-champion decides.")
    Path champion;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "HOLDOUT",
            description = "The labelled holdout CSV, never used in training.")
    Path data;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The holdout's label column.")
    String target;

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
    RiskOptions risk;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        ScoringEngine scoringEngine = engine();
        PmmlModel[] models = load();
        PmmlModel candidateModel = models[0];
        PmmlModel championModel = models[1];
        long loaded = System.nanoTime();
        ComparisonPolicy policy = policy(candidateModel.function() == ModelFunction.CLASSIFICATION);
        int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        HoldoutScores scores = new HoldoutScoring(candidateModel, championModel, target, slices, count)
                .withEngine(scoringEngine)
                .score(data);
        PairedPredictions predictions = scores.classes().isEmpty()
                ? PairedPredictions.regression(scores.targets(), scores.champion(), scores.candidate())
                : PairedPredictions.binary(scores.labels(), scores.champion(), scores.candidate());
        for (Map.Entry<String, String[]> slice : scores.slices().entrySet()) {
            predictions = predictions.withSlice(slice.getKey(), slice.getValue());
        }
        long scored = System.nanoTime();
        ComparisonReport report = ChampionCandidateComparison.compare(predictions, policy);
        long compared = System.nanoTime();
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input("candidate", candidate.toString(), candidateModel.hash(), -1));
        if (championModel != null) {
            inputs.add(new Input("champion", champion.toString(), championModel.hash(), -1));
        }
        inputs.add(new Input(
                "holdout",
                data.toString(),
                scores.holdout().sha256(),
                scores.holdout().rows()));
        List<Check> checks = new ArrayList<>(report.checks());
        Map<String, Object> riskSection = risk.assess(candidateModel, candidate, data, seed, scores, checks, inputs);
        long assessed = System.nanoTime();
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("comparison", report.section());
        sections.put("risk", riskSection);
        sections.put(
                "scoring",
                Map.of(
                        "engines",
                        scores.engines().stream().map(EngineReport::section).toList()));
        sections.put("timings", Timings.of(started, loaded, scored, compared, assessed));
        Evidence made =
                Evidence.of("comparison", new Subject(output.model(), output.modelVersion()), inputs, checks, sections);
        // The comparison decides the status (INACTIVE without a champion stays INACTIVE); a risk check can only
        // make it worse.
        GateStatus riskStatus = Evidence.worstOf(checks.subList(report.checks().size(), checks.size()));
        GateStatus status = riskStatus.isProblem() ? report.status().worst(riskStatus) : report.status();
        Evidence evidence = new Evidence(
                made.kind(),
                made.schemaVersion(),
                status,
                made.subject(),
                made.createdAt(),
                made.tool(),
                made.inputs(),
                made.checks(),
                made.sections());
        List<Path> files = Reports.write(
                evidence,
                output,
                "comparison",
                "Candidate " + candidate.getFileName()
                        + (champion == null ? "" : " against champion " + champion.getFileName()));
        Verdict.print(spec.commandLine().getOut(), evidence, files, output.quiet());
        return Verdict.exitCode(evidence.status(), output.failOnWarning());
    }

    private ScoringEngine engine() {
        try {
            return ScoringEngine.parse(engine);
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), "--engine: " + exception.getMessage(), exception);
        }
    }

    /** Loads the candidate and the champion at the same time: a large ensemble takes seconds to load. */
    private PmmlModel[] load() throws Exception {
        if (champion == null) {
            return new PmmlModel[] {PmmlModel.load(candidate), null};
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<PmmlModel> other = pool.submit(() -> PmmlModel.load(champion));
            PmmlModel first = PmmlModel.load(candidate);
            try {
                return new PmmlModel[] {first, other.get()};
            } catch (ExecutionException exception) {
                throw exception.getCause() instanceof Exception cause ? cause : exception;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ComparisonPolicy policy(final boolean classifier) {
        try {
            ComparisonMetric metric = primary == null
                    ? (classifier ? ComparisonMetric.AUC : ComparisonMetric.RMSE)
                    : ComparisonMetric.parse(primary);
            ComparisonPolicy policy = ComparisonPolicy.of(metric)
                    .withMinimumImprovement(minimumImprovement, minimumRelativeImprovement)
                    .withGuards(guards.stream().map(CompareCommand::guard).toList())
                    .withSlices(sliceMinimumSize, sliceMargin)
                    .withOnMissingChampion(MissingChampion.valueOf(onMissingChampion.toUpperCase(Locale.ROOT)))
                    .withAlpha(alpha, maximumChangedDecisions)
                    .withBootstrap(resamples, seed);
            String normalisedMode = mode.toLowerCase(Locale.ROOT).replace('_', '-');
            if ("non-inferiority".equals(normalisedMode)) {
                policy = policy.withNonInferiority(margin);
            } else if (!"superiority".equals(normalisedMode)) {
                throw new IllegalArgumentException("--mode must be superiority or non-inferiority, not '" + mode + "'");
            }
            return policy;
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
    }

    private static GuardMetric guard(final String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--guard takes METRIC:MARGIN, e.g. log_loss:0.01, not '" + text + "'");
        }
        return new GuardMetric(
                ComparisonMetric.parse(text.substring(0, colon)), Double.parseDouble(text.substring(colon + 1)));
    }
}
