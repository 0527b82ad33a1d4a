package io.modelgate.drift;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the profile of current data with the profile of a reference, feature by feature, and decides whether the
 * dataset drifted: effect size per feature, a p-value that accounts for both sample sizes, a correction across
 * features, the drift rule, and the share of drifted features the options tolerate.
 */
public final class DriftAnalysis {
    private DriftAnalysis() {}

    /**
     * Compares with the default options.
     *
     * @param reference the reference profile (e.g. the training data)
     * @param current the current profile
     * @return the report
     */
    public static DriftReport compare(final DatasetProfile reference, final DatasetProfile current) {
        return compare(reference, current, DriftOptions.defaults());
    }

    /**
     * Compares two profiles. Columns of the reference that the current profile lacks, or that have no values on one
     * side, are reported as INACTIVE checks and are not counted as features.
     *
     * @param reference the reference profile
     * @param current the current profile
     * @param options the settings
     * @return the report
     * @throws IllegalArgumentException when a column has different types in the two profiles, or a method override
     *     does not fit a column's type
     */
    public static DriftReport compare(
            final DatasetProfile reference, final DatasetProfile current, final DriftOptions options) {
        List<Measurement> measured = new ArrayList<>();
        List<Check> inactive = new ArrayList<>();
        for (ColumnProfile first : reference.columns().values()) {
            ColumnProfile second = current.columns().get(first.name());
            String name = "drift:" + first.name();
            if (second == null) {
                inactive.add(Check.of(
                        name,
                        GateStatus.INACTIVE,
                        "not profiled",
                        "a profile of the current data",
                        "Column '" + first.name() + "' was not profiled in the current data, so its drift was not"
                                + " measured."));
            } else if (first.type() != second.type()) {
                throw new IllegalArgumentException(
                        "Column '" + first.name() + "' is " + first.type().label() + " in the reference but "
                                + second.type().label() + " in the current data");
            } else if (first.count() == 0 || second.count() == 0) {
                inactive.add(Check.of(
                        name,
                        GateStatus.INACTIVE,
                        first.count() + " reference and " + second.count() + " current values",
                        "values in both datasets",
                        "Column '" + first.name() + "' has no values in the "
                                + (first.count() == 0 ? "reference" : "current data")
                                + ", so its drift was not measured."));
            } else {
                measured.add(FeatureComparison.measure(first, second, reference.rows(), options));
            }
        }
        double[] adjusted = options.correction()
                .adjust(measured.stream().mapToDouble(Measurement::pValue).toArray());
        List<FeatureDrift> results = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            results.add(decide(measured.get(i), adjusted[i], reference, current, options));
        }
        return new DriftReport(options, results, inactive);
    }

    private static FeatureDrift decide(
            final Measurement measurement,
            final double adjusted,
            final DatasetProfile reference,
            final DatasetProfile current,
            final DriftOptions options) {
        ColumnProfile first = reference.column(measurement.column());
        ColumnProfile second = current.column(measurement.column());
        return new FeatureDrift(
                measurement.column(),
                measurement.type(),
                measurement.method(),
                measurement.statistic(),
                measurement.threshold(),
                measurement.method().test(),
                measurement.pValue(),
                adjusted,
                measurement.psiPValue(),
                FeatureDrift.band(measurement.statistic(), measurement.threshold()),
                options.rule().isDrifted(adjusted, options.alpha(), measurement.statistic(), measurement.threshold()),
                reference.rows(),
                current.rows(),
                first.missing(),
                second.missing(),
                first.invalid(),
                second.invalid(),
                measurement.bins().histogram());
    }
}
