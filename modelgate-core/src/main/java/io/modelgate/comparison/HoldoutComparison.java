package io.modelgate.comparison;

import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.risk.RiskAssessment;
import io.modelgate.risk.RiskSettings;
import io.modelgate.scoring.EngineReport;
import io.modelgate.scoring.HoldoutScores;
import io.modelgate.scoring.HoldoutScoring;
import io.modelgate.scoring.ModelFunction;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.ScoringEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores the candidate and the champion on the same labelled holdout (paired), compares them under the settings'
 * policy and assesses the candidate's model risk, into one piece of {@code comparison} evidence: what {@code
 * modelgate compare} and the {@code mlCompareModels} step run. The comparison decides the status (INACTIVE without a
 * champion stays INACTIVE); a risk check can only make it worse.
 */
public final class HoldoutComparison {
    private final Path candidate;
    private final Path holdout;
    private final String target;
    private Path champion;
    private String candidateName;
    private String championName;
    private List<String> slices = List.of();
    private int threads = Runtime.getRuntime().availableProcessors();
    private ComparisonSettings settings = ComparisonSettings.defaults();
    private RiskSettings risk = RiskSettings.defaults();
    private Subject subject = Subject.NONE;
    private ScoringEngine engine = ScoringEngine.AUTO;

    /**
     * Prepares a comparison.
     *
     * @param candidate the newly trained model, PMML
     * @param holdout the labelled holdout CSV, never used in training
     * @param target the holdout's label column
     */
    public HoldoutComparison(final Path candidate, final Path holdout, final String target) {
        this.candidate = candidate;
        this.holdout = holdout;
        this.target = target;
    }

    /**
     * @param model the model in production, PMML, or {@code null} when there is none
     * @return this comparison
     */
    public HoldoutComparison withChampion(final Path model) {
        this.champion = model;
        return this;
    }

    /**
     * Names the models in the evidence as the user wrote them (e.g. a {@code models:/} reference) instead of by the
     * files they resolved to.
     *
     * @param candidateName how the candidate was named
     * @param championName how the champion was named, or {@code null}
     * @return this comparison
     */
    public HoldoutComparison withNames(final String candidateName, final String championName) {
        this.candidateName = candidateName;
        this.championName = championName;
        return this;
    }

    /**
     * @param columns columns whose values are slices, each checked for non-inferiority
     * @return this comparison
     */
    public HoldoutComparison withSlices(final List<String> columns) {
        this.slices = List.copyOf(columns);
        return this;
    }

    /**
     * @param count scoring threads, at least 1
     * @return this comparison
     */
    public HoldoutComparison withThreads(final int count) {
        this.threads = Math.max(1, count);
        return this;
    }

    /**
     * @param policy the comparison policy
     * @return this comparison
     */
    public HoldoutComparison withSettings(final ComparisonSettings policy) {
        this.settings = policy;
        return this;
    }

    /**
     * @param limits what the candidate's risk is measured against
     * @return this comparison
     */
    public HoldoutComparison withRisk(final RiskSettings limits) {
        this.risk = limits;
        return this;
    }

    /**
     * @param choice the scoring engine; the evidence's {@code scoring} section says which one each model used
     * @return this comparison
     */
    public HoldoutComparison withEngine(final ScoringEngine choice) {
        this.engine = choice;
        return this;
    }

    /**
     * @param model the model and version the evidence is about
     * @return this comparison
     */
    public HoldoutComparison withSubject(final Subject model) {
        this.subject = model;
        return this;
    }

    /**
     * Loads both models, scores the holdout once and judges the candidate.
     *
     * @return the evidence
     * @throws IOException when a file cannot be read
     * @throws io.modelgate.data.DataFormatException when the holdout or a model is malformed
     */
    public Evidence run() throws IOException {
        long started = System.nanoTime();
        PmmlModel[] models = load();
        PmmlModel candidateModel = models[0];
        PmmlModel championModel = models[1];
        long loaded = System.nanoTime();
        ComparisonPolicy policy = settings.policy(candidateModel.function() == ModelFunction.CLASSIFICATION);
        HoldoutScores scores = new HoldoutScoring(candidateModel, championModel, target, slices, threads)
                .withEngine(engine)
                .score(holdout);
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
        inputs.add(new Input(
                "candidate", candidateName == null ? candidate.toString() : candidateName, candidateModel.hash(), -1));
        if (championModel != null) {
            inputs.add(new Input(
                    "champion", championName == null ? champion.toString() : championName, championModel.hash(), -1));
        }
        inputs.add(new Input(
                "holdout",
                holdout.toString(),
                scores.holdout().sha256(),
                scores.holdout().rows()));
        List<Check> checks = new ArrayList<>(report.checks());
        Map<String, Object> riskSection = RiskAssessment.assess(
                risk, candidateModel, candidate, holdout, settings.seed(), scores, checks, inputs);
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
        Evidence made = Evidence.of("comparison", subject, inputs, checks, sections);
        GateStatus riskStatus = Evidence.worstOf(checks.subList(report.checks().size(), checks.size()));
        GateStatus status = riskStatus.isProblem() ? report.status().worst(riskStatus) : report.status();
        return new Evidence(
                made.kind(),
                made.schemaVersion(),
                status,
                made.subject(),
                made.createdAt(),
                made.tool(),
                made.inputs(),
                made.checks(),
                made.sections());
    }

    /** Loads the candidate and the champion at the same time: a large ensemble takes seconds to load. */
    private PmmlModel[] load() throws IOException {
        if (champion == null) {
            return new PmmlModel[] {PmmlModel.load(candidate), null};
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<PmmlModel> other = pool.submit(() -> PmmlModel.load(champion));
            PmmlModel first = PmmlModel.load(candidate);
            return new PmmlModel[] {first, other.get()};
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while loading " + champion, exception);
        } catch (ExecutionException exception) {
            if (exception.getCause() instanceof IOException cause) {
                throw cause;
            }
            if (exception.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IOException(exception.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
