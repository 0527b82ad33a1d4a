package io.modelgate.drift;

import io.modelgate.statistics.ChiSquare;
import io.modelgate.statistics.Divergences;
import io.modelgate.statistics.EmpiricalDistances;
import io.modelgate.statistics.KolmogorovSmirnov;
import io.modelgate.statistics.QuantileSketch;
import io.modelgate.statistics.WeightedSample;

/**
 * Measures one feature: chooses its method (Evidently's automatic choice unless overridden), computes the effect size
 * and the p-value of the matching test, KS for CDF methods and chi-square of homogeneity on the bins otherwise. Sketch
 * error is taken off the KS statistic and the bin differences before testing, so the p-value stays conservative.
 */
final class FeatureComparison {
    /** Reference datasets up to this many rows get the tests Evidently picks for small data (ks, chi-square). */
    static final long SMALL_REFERENCE_ROWS = 1000;
    /** Numeric features with more distinct values than this are treated as continuous by the automatic choice. */
    static final int CONTINUOUS_DISTINCT = 5;

    private static final double MIN_STD = 0.001;

    private FeatureComparison() {}

    static DriftMethod choose(final ColumnProfile reference, final ColumnProfile current, final long referenceRows) {
        boolean continuous = reference instanceof NumericProfile numeric
                && Binning.distinctValues(numeric, (NumericProfile) current) > CONTINUOUS_DISTINCT;
        if (referenceRows <= SMALL_REFERENCE_ROWS) {
            return continuous ? DriftMethod.KS : DriftMethod.CHI_SQUARE;
        }
        return continuous ? DriftMethod.WASSERSTEIN : DriftMethod.JENSEN_SHANNON;
    }

    static Measurement measure(
            final ColumnProfile reference,
            final ColumnProfile current,
            final long referenceRows,
            final DriftOptions options) {
        String column = reference.name();
        DriftMethod method = options.methods().containsKey(column)
                ? options.methods().get(column)
                : choose(reference, current, referenceRows);
        boolean numeric = reference instanceof NumericProfile;
        if (method.isContinuous() && !numeric) {
            throw new IllegalArgumentException("Drift method " + method.label() + " needs a numeric column, but '"
                    + column + "' is " + reference.type().label());
        }
        double threshold = options.thresholds().getOrDefault(column, method.defaultThreshold());
        Bins bins = Binning.of(reference, current);
        double statistic;
        double pValue;
        double psiPValue = Double.NaN;
        if (method.isContinuous()) {
            QuantileSketch first = ((NumericProfile) reference).sketchView();
            QuantileSketch second = ((NumericProfile) current).sketchView();
            WeightedSample a = first.sample();
            WeightedSample b = second.sample();
            double d = EmpiricalDistances.kolmogorovSmirnov(a, b);
            statistic = method == DriftMethod.KS
                    ? d
                    : EmpiricalDistances.wasserstein(a, b)
                            / Math.max(((NumericProfile) reference).moments().standardDeviation(), MIN_STD);
            double conservative = Math.max(0, d - first.rankError() - second.rankError());
            pValue = KolmogorovSmirnov.pValue(conservative, first.count(), second.count());
        } else {
            double[][] tested = bins.conservativeCounts();
            pValue = ChiSquare.homogeneity(tested[0], tested[1]).pValue();
            statistic = switch (method) {
                case PSI -> Divergences.populationStabilityIndex(bins.referenceShares(), bins.currentShares());
                case JENSEN_SHANNON -> Divergences.jensenShannonDistance(bins.reference(), bins.current());
                default ->
                    ChiSquare.homogeneity(bins.reference(), bins.current()).cramersV();
            };
            if (method == DriftMethod.PSI) {
                psiPValue = psiPValue(statistic, bins);
            }
        }
        return new Measurement(
                column, numeric ? "numeric" : "categorical", method, statistic, threshold, pValue, psiPValue, bins);
    }

    /** Under no drift PSI is about (1/n + 1/m) chi-square(B - 1); this is the tail probability of that law. */
    private static double psiPValue(final double psi, final Bins bins) {
        int freedom = bins.nonEmpty() - 1;
        if (freedom < 1) {
            return 1.0;
        }
        double scale = 1 / bins.referenceTotal() + 1 / bins.currentTotal();
        return ChiSquare.survival(psi / scale, freedom);
    }
}
