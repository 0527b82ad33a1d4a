package io.modelgate.scoring;

import org.dmg.pmml.Target;
import org.dmg.pmml.Targets;

/**
 * A regression model's {@code Target} post-processing as jpmml applies it: clamp to {@code [min, max]}, multiply by
 * {@code rescaleFactor}, add {@code rescaleConstant}, in the model's precision. Scikit-learn's gradient boosting
 * writes its learning rate and initial score this way.
 *
 * @param minimum the lower clamp, or −∞
 * @param maximum the upper clamp, or +∞
 * @param factor the rescale factor
 * @param constant the rescale constant
 */
record TargetRescale(double minimum, double maximum, double factor, double constant) {
    static final TargetRescale NONE = new TargetRescale(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 0);

    static TargetRescale of(final Targets targets, final Arithmetic math) throws NotCompilableException {
        if (targets == null || !targets.hasTargets()) {
            return NONE;
        }
        if (targets.getTargets().size() != 1) {
            throw new NotCompilableException("a model with several Target elements");
        }
        Target target = targets.getTargets().get(0);
        if (target.getCastInteger() != null || target.hasTargetValues()) {
            throw new NotCompilableException("a Target with castInteger or TargetValue elements");
        }
        return new TargetRescale(
                target.getMin() == null ? Double.NEGATIVE_INFINITY : math.of(target.getMin()),
                target.getMax() == null ? Double.POSITIVE_INFINITY : math.of(target.getMax()),
                math.of(target.getRescaleFactor()),
                math.of(target.getRescaleConstant()));
    }

    double apply(final double value, final Arithmetic math) {
        double clamped = Math.min(Math.max(value, minimum), maximum);
        return math.round(math.round(clamped * factor) + constant);
    }
}
