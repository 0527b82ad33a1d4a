package io.modelgate.risk;

import io.modelgate.report.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the candidate's predictions with the training framework's own, row by row, with JPMML's tolerance
 * semantics (as in its model verification and integration tests): a prediction is equivalent to the expected one when
 * both are within the zero threshold of zero, or when |actual − expected| ≤ precision × |expected| (a relative
 * tolerance). The defaults are JPMML's: precision 1e-6, zero threshold 1e-16. Maximum relative differences are taken
 * over rows whose expected value lies beyond the zero threshold.
 */
public final class ParityCheck {
    /** JPMML's default relative precision. */
    public static final double DEFAULT_PRECISION = 1e-6;

    /** JPMML's default zero threshold. */
    public static final double DEFAULT_ZERO_THRESHOLD = 1e-16;

    private static final int FIRST_LINES = 5;

    private final double precision;
    private final double zeroThreshold;

    /**
     * Creates a check.
     *
     * @param precision the relative tolerance, not negative
     * @param zeroThreshold the absolute value below which two values both count as zero, not negative
     */
    public ParityCheck(final double precision, final double zeroThreshold) {
        if (!(precision >= 0) || !(zeroThreshold >= 0)) {
            throw new IllegalArgumentException("Precision and zero threshold must not be negative");
        }
        this.precision = precision;
        this.zeroThreshold = zeroThreshold;
    }

    /** @return a check with JPMML's defaults */
    public static ParityCheck withDefaults() {
        return new ParityCheck(DEFAULT_PRECISION, DEFAULT_ZERO_THRESHOLD);
    }

    /**
     * Tells whether two values are equivalent.
     *
     * @param expected the training framework's value
     * @param actual the candidate's value
     * @return whether they agree within the tolerance
     */
    public boolean equivalent(final double expected, final double actual) {
        if (Math.abs(expected) <= zeroThreshold && Math.abs(actual) <= zeroThreshold) {
            return true;
        }
        return Math.abs(actual - expected) <= precision * Math.abs(expected);
    }

    /**
     * Compares the predictions.
     *
     * @param actual the candidate's prediction per holdout row
     * @param expected the training framework's, in the same order
     * @return the differences and the non-equivalent rows
     * @throws IllegalArgumentException when the lengths differ
     */
    public ParityResult compare(final double[] actual, final ExpectedPredictions expected) {
        double[] wanted = expected.values();
        if (actual.length != wanted.length) {
            throw new IllegalArgumentException(
                    "The candidate has " + actual.length + " predictions, " + expected.file() + " " + wanted.length);
        }
        int failures = 0;
        List<Check.Example> first = new ArrayList<>();
        double maxAbsolute = 0;
        long maxAbsoluteLine = 0;
        double maxRelative = 0;
        long maxRelativeLine = 0;
        for (int i = 0; i < actual.length; i++) {
            double absolute = Math.abs(actual[i] - wanted[i]);
            if (!(absolute <= maxAbsolute)) {
                maxAbsolute = absolute;
                maxAbsoluteLine = expected.lines()[i];
            }
            if (Math.abs(wanted[i]) > zeroThreshold) {
                double relative = absolute / Math.abs(wanted[i]);
                if (!(relative <= maxRelative)) {
                    maxRelative = relative;
                    maxRelativeLine = expected.lines()[i];
                }
            }
            if (!equivalent(wanted[i], actual[i])) {
                if (first.size() < FIRST_LINES) {
                    first.add(new Check.Example(
                            expected.lines()[i],
                            String.format(Locale.ROOT, "expected %s, candidate %s", wanted[i], actual[i])));
                }
                failures++;
            }
        }
        return new ParityResult(
                expected.file(),
                expected.column(),
                actual.length,
                failures,
                first,
                new ParityResult.Difference(maxAbsolute, maxAbsoluteLine),
                new ParityResult.Difference(maxRelative, maxRelativeLine),
                precision,
                zeroThreshold);
    }
}
