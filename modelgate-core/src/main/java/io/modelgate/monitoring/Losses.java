package io.modelgate.monitoring;

/** The per-row losses the concept-drift detectors read. */
final class Losses {
    private static final double CLIP = 1e-15;

    private Losses() {}

    /**
     * The log loss of one prediction, natural log, the probability clipped to [1e-15, 1 − 1e-15] as scikit-learn does.
     *
     * @param target 1 for the positive class, 0 otherwise
     * @param probability the predicted probability of the positive class
     * @return the loss
     */
    static double logLoss(final double target, final double probability) {
        double p = Math.min(1 - CLIP, Math.max(CLIP, probability));
        return target == 1 ? -Math.log(p) : -Math.log1p(-p);
    }
}
