package io.modelgate.drift;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a drift analysis: one check per feature ({@code drift:<column>}), one for the dataset
 * ({@code drift:dataset}), the overall gate status, and the {@code drift} section of the evidence. A drifted feature's
 * check has the options' severity when the dataset fails, and NOTE when its drift is within the tolerated share.
 */
public final class DriftReport {
    /** The name of the evidence section this report fills. */
    public static final String SECTION = "drift";

    private final DriftOptions options;
    private final List<FeatureDrift> results;
    private final List<Check> inactive;

    DriftReport(final DriftOptions options, final List<FeatureDrift> results, final List<Check> inactive) {
        this.options = options;
        this.results = List.copyOf(results);
        this.inactive = List.copyOf(inactive);
    }

    /** @return the measured features, in column order */
    public List<FeatureDrift> results() {
        return results;
    }

    /** @return the options the analysis used */
    public DriftOptions options() {
        return options;
    }

    /** @return the number of drifted features */
    public int drifted() {
        return (int) results.stream().filter(FeatureDrift::drifted).count();
    }

    /** @return the status of the dataset decision: severity, PASSED, or INACTIVE when no feature was measured */
    public GateStatus datasetStatus() {
        if (results.isEmpty()) {
            return GateStatus.INACTIVE;
        }
        return (double) drifted() / results.size() > options.maxDriftedShare() ? options.severity() : GateStatus.PASSED;
    }

    /** @return the worst status of all checks */
    public GateStatus status() {
        return checks().stream().map(Check::status).reduce(GateStatus.INACTIVE, GateStatus::worst);
    }

    /** @return the checks: one per profiled column, then {@code drift:dataset} */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        GateStatus dataset = datasetStatus();
        GateStatus featureStatus = dataset.isProblem() ? dataset : GateStatus.NOTE;
        for (FeatureDrift result : results) {
            checks.add(DriftChecks.feature(result, options, result.drifted() ? featureStatus : GateStatus.PASSED));
        }
        checks.addAll(inactive);
        checks.add(DriftChecks.dataset(results.size(), drifted(), options, dataset));
        return checks;
    }

    /** @return the {@value #SECTION} section of the evidence, keys in a stable order */
    public Map<String, Object> section() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("rule", options.rule().label());
        section.put("correction", options.correction().label());
        section.put("alpha", options.alpha());
        section.put("features", results.size());
        section.put("drifted", drifted());
        section.put("status", status().name());
        section.put("results", results.stream().map(DriftReport::result).toList());
        return section;
    }

    private static Map<String, Object> result(final FeatureDrift drift) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("column", drift.column());
        result.put("type", drift.type());
        result.put("method", drift.method().label());
        result.put("statistic", drift.statistic());
        result.put("threshold", drift.threshold());
        result.put("test", drift.test());
        result.put("pValue", drift.pValue());
        result.put("adjustedPValue", drift.adjustedPValue());
        result.put("band", drift.band());
        result.put("drifted", drift.drifted());
        result.put("referenceRows", drift.referenceRows());
        result.put("currentRows", drift.currentRows());
        result.put("referenceMissing", drift.referenceMissing());
        result.put("currentMissing", drift.currentMissing());
        Map<String, Object> histogram = new LinkedHashMap<>();
        histogram.put("labels", drift.histogram().labels());
        histogram.put("reference", drift.histogram().reference());
        histogram.put("current", drift.histogram().current());
        result.put("histogram", histogram);
        return result;
    }
}
