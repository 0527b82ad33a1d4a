package io.modelgate.monitoring;

import io.modelgate.data.ColumnType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a prediction becomes columns whose distribution can drift: for a classifier the predicted class
 * ({@code prediction}, categorical) and the probability of the positive class ({@code probability(<class>)},
 * numeric); for a regression the predicted number ({@code prediction}, numeric). The same columns are filled from the
 * request log and from the reference data scored by the model, so the two profiles compare.
 */
public final class PredictionColumns {
    /** The column of the predicted class or number. */
    public static final String PREDICTION = "prediction";

    private final String positiveClass;

    private PredictionColumns(final String positiveClass) {
        this.positiveClass = positiveClass;
    }

    /**
     * Describes a classifier's predictions.
     *
     * @param positiveClass the class whose probability is profiled, e.g. {@code 1}
     * @return the columns
     */
    public static PredictionColumns classification(final String positiveClass) {
        return new PredictionColumns(positiveClass);
    }

    /** @return the columns of a regression's predictions */
    public static PredictionColumns regression() {
        return new PredictionColumns(null);
    }

    /** @return whether these are a classifier's predictions */
    public boolean isClassification() {
        return positiveClass != null;
    }

    /** @return the positive class, {@code null} for a regression */
    public String positiveClass() {
        return positiveClass;
    }

    /** @return the columns and their types, in order */
    public Map<String, ColumnType> columns() {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        if (isClassification()) {
            columns.put(PREDICTION, ColumnType.STRING);
            columns.put("probability(" + positiveClass + ")", ColumnType.DOUBLE);
        } else {
            columns.put(PREDICTION, ColumnType.DOUBLE);
        }
        return columns;
    }

    /**
     * Turns one prediction into the columns' raw values.
     *
     * @param label the predicted class, or {@code null}
     * @param value the predicted number, or NaN
     * @param probability the positive class's probability, or NaN
     * @return the values, missing ones empty
     */
    public String[] values(final String label, final double value, final double probability) {
        if (isClassification()) {
            return new String[] {label == null ? "" : label, text(probability)};
        }
        return new String[] {text(value)};
    }

    /**
     * Turns a logged prediction into the columns' raw values.
     *
     * @param entry the log entry
     * @return the values
     */
    public String[] values(final LogEntry entry) {
        if (isClassification()) {
            String probability = entry.probabilityText(positiveClass);
            return new String[] {entry.label() == null ? "" : entry.label(), probability == null ? "" : probability};
        }
        return new String[] {text(entry.value())};
    }

    private static String text(final double number) {
        return Double.isNaN(number) ? "" : Double.toString(number);
    }
}
