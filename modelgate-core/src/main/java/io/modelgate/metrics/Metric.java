package io.modelgate.metrics;

/**
 * The metrics ModelGate computes, each with the key used in evidence and policies (scikit-learn's name) and the
 * direction in which it improves.
 */
public enum Metric {
    ACCURACY("accuracy", true),
    BALANCED_ACCURACY("balanced_accuracy", true),
    /** Precision of class 1 of a binary classifier. */
    PRECISION("precision", true),
    /** Recall of class 1 of a binary classifier. */
    RECALL("recall", true),
    /** F1 of class 1 of a binary classifier. */
    F1("f1", true),
    PRECISION_MACRO("precision_macro", true),
    RECALL_MACRO("recall_macro", true),
    F1_MACRO("f1_macro", true),
    PRECISION_WEIGHTED("precision_weighted", true),
    RECALL_WEIGHTED("recall_weighted", true),
    F1_WEIGHTED("f1_weighted", true),
    /** Binary ROC AUC, or the macro average of one-vs-rest AUCs for more than two classes. */
    ROC_AUC("roc_auc", true),
    /** Binary average precision, or the macro average of one-vs-rest values for more than two classes. */
    AVERAGE_PRECISION("average_precision", true),
    LOG_LOSS("log_loss", false),
    BRIER_SCORE("brier_score", false),
    EXPECTED_CALIBRATION_ERROR("expected_calibration_error", false),
    RMSE("rmse", false),
    MAE("mae", false),
    R2("r2", true),
    MAPE("mape", false),
    MEDIAN_ABSOLUTE_ERROR("median_absolute_error", false);

    private final String key;
    private final boolean higherIsBetter;

    Metric(final String key, final boolean higherIsBetter) {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
    }

    /** @return the name in evidence and policies, equal to scikit-learn's where it has one */
    public String key() {
        return key;
    }

    /** @return whether a larger value is better (accuracy) rather than worse (log loss) */
    public boolean isHigherBetter() {
        return higherIsBetter;
    }
}
