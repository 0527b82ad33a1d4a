package io.modelgate.comparison;

import static io.modelgate.comparison.ComparisonFormat.interval;
import static io.modelgate.comparison.ComparisonFormat.pValue;
import static io.modelgate.comparison.ComparisonFormat.percent;
import static io.modelgate.comparison.ComparisonFormat.signed;
import static io.modelgate.comparison.ComparisonFormat.value;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a comparison into checks. Superiority passes when the lower bound of the oriented improvement's interval
 * exceeds the required improvement and, for AUC, DeLong's p is below alpha; non-inferiority (the primary metric in
 * that mode, every guard, every slice) passes when that lower bound exceeds −margin.
 */
final class ComparisonVerdict {
    private final ComparisonReport report;
    private final ComparisonPolicy policy;

    ComparisonVerdict(final ComparisonReport report) {
        this.report = report;
        this.policy = report.policy();
    }

    List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(champion());
        MetricComparison primary = report.metric(policy.primaryMetric());
        if (!report.championPresent()) {
            checks.add(notCompared("primary:" + primary.metric().key()));
            policy.guards()
                    .forEach(guard ->
                            checks.add(notCompared("guard:" + guard.metric().key())));
            checks.add(notCompared("agreement"));
            return checks;
        }
        checks.add(
                policy.mode() == ComparisonMode.SUPERIORITY
                        ? superiority(primary)
                        : nonInferiority("primary:", primary, policy.margin()));
        for (GuardMetric guard : policy.guards()) {
            checks.add(nonInferiority("guard:", report.metric(guard.metric()), guard.margin()));
        }
        for (SliceComparison slice : report.slices()) {
            checks.add(
                    slice.isJudged()
                            ? nonInferiority(slice.checkName(), slice.metric(), policy.sliceMargin())
                            : Check.of(
                                    slice.checkName(),
                                    GateStatus.INACTIVE,
                                    slice.rows() + " rows",
                                    "at least " + policy.sliceMinimumSize() + " rows with both classes",
                                    "Slice " + slice.column() + "=" + slice.value() + " was not judged: "
                                            + slice.reason() + "."));
        }
        checks.add(agreement());
        return checks;
    }

    private Check champion() {
        if (report.championPresent()) {
            return Check.of(
                    "champion",
                    GateStatus.PASSED,
                    "present",
                    "a champion to compare with",
                    "Champion and candidate were compared on the same " + report.rows() + " holdout rows.");
        }
        MissingChampion rule = policy.onMissingChampion();
        return Check.of(
                "champion",
                rule.status(),
                "absent",
                "a champion to compare with",
                "There is no champion, so nothing was compared; onMissingChampion is " + rule + ", so this check is "
                        + rule.status() + ".");
    }

    private Check notCompared(final String name) {
        return Check.of(
                name,
                GateStatus.INACTIVE,
                "no champion",
                "a champion to compare with",
                "Not evaluated: there is no champion to compare the candidate with.");
    }

    private Check superiority(final MetricComparison metric) {
        String name = "primary:" + metric.metric().key();
        double required = policy.requiredImprovement(metric.champion());
        double low = metric.improvementLow();
        boolean auc = metric.metric() == ComparisonMetric.AUC;
        boolean significant = !auc || report.delong() != null && report.delong().pValue() < policy.alpha();
        boolean passed = low > required && significant;
        String test = auc
                ? ", DeLong p = "
                        + (report.delong() == null
                                ? "n/a"
                                : pValue(report.delong().pValue()))
                : "";
        String expected =
                "improvement's lower bound > " + signed(required) + (auc ? " and DeLong p < " + policy.alpha() : "");
        StringBuilder message = new StringBuilder(summary(metric)).append(test).append("): ");
        if (Double.isNaN(low)) {
            message.append("the interval is undefined, so superiority cannot be shown");
        } else {
            message.append("the improvement's lower bound ")
                    .append(signed(low))
                    .append(low > required ? " exceeds" : " does not exceed")
                    .append(" the required ")
                    .append(signed(required));
        }
        if (auc) {
            message.append(significant ? " and p < " : " and p is not below ").append(policy.alpha());
        }
        return Check.of(
                name,
                passed ? GateStatus.PASSED : GateStatus.FAILED,
                signed(metric.delta()) + ", " + interval(metric, policy.confidenceLevel()) + test,
                expected,
                message.append('.').toString());
    }

    private Check nonInferiority(final String prefix, final MetricComparison metric, final double margin) {
        String name = prefix.endsWith(":") ? prefix + metric.metric().key() : prefix;
        double low = metric.improvementLow();
        boolean passed = low > -margin;
        String confidence = "with " + percent(policy.confidenceLevel()) + " confidence the candidate is ";
        String verdict;
        if (Double.isNaN(low)) {
            verdict = "the interval is undefined, so non-inferiority cannot be shown";
        } else if (low >= 0) {
            verdict = confidence + "not worse (improvement's lower bound " + signed(low) + "), within the margin "
                    + value(margin);
        } else {
            verdict = confidence + "at most " + value(-low) + " worse, " + (passed ? "within" : "beyond")
                    + " the margin " + value(margin);
        }
        return Check.of(
                name,
                passed ? GateStatus.PASSED : GateStatus.FAILED,
                signed(metric.delta()) + ", " + interval(metric, policy.confidenceLevel()),
                "improvement's lower bound > " + signed(-margin),
                (prefix.startsWith("slice:") ? "Slice " + prefix.substring(6) + ", " : "") + summary(metric) + "): "
                        + verdict + ".");
    }

    private Check agreement() {
        DecisionAgreement agreement = report.agreement();
        if (agreement == null) {
            return Check.of(
                    "agreement",
                    GateStatus.INACTIVE,
                    "n/a",
                    "classification decisions",
                    "Not evaluated: regression predictions have no decision that could change.");
        }
        boolean passed = agreement.changedShare() <= policy.maximumChangedDecisions();
        return Check.of(
                "agreement",
                passed ? GateStatus.PASSED : GateStatus.FAILED,
                percent(agreement.changedShare()) + " changed (" + agreement.changed() + " of " + agreement.rows()
                        + " rows)",
                "at most " + percent(policy.maximumChangedDecisions()),
                "The decision at probability 0.5 changes on " + agreement.changed() + " of " + agreement.rows()
                        + " rows (" + percent(agreement.changedShare()) + "), "
                        + (passed ? "within" : "more than") + " the allowed "
                        + percent(policy.maximumChangedDecisions())
                        + ".");
    }

    private String summary(final MetricComparison metric) {
        return metric.metric().key() + " (" + metric.direction().key() + " is better): candidate "
                + value(metric.candidate()) + " against champion " + value(metric.champion()) + ", "
                + signed(metric.delta()) + " (" + interval(metric, policy.confidenceLevel());
    }
}
