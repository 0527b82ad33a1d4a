package io.modelgate.scoring;

import java.util.Locale;

/**
 * A compiled PMML {@code RegressionModel}: per regression table, {@code intercept + Σ coefficient × field} plus the
 * coefficient of each categorical predictor whose category the row has, summed in jpmml's order (numeric predictors,
 * then categorical ones, then a non-zero intercept) and precision; then the normalization. Regression: none, logit
 * or exp, then the {@link TargetRescale}. Classification with two tables: the first table's value through none
 * (clamped to [0, 1]) or logit (also softmax when the second table is empty, as jpmml does), the second class getting
 * one minus it; with more tables: softmax.
 */
final class LinearModel implements CompiledPart {
    /** The normalization of the tables' values. */
    enum Normalization {
        NONE,
        LOGIT,
        EXP,
        SOFTMAX
    }

    private final RegressionTable[] tables;
    private final int[] classOf;
    private final Normalization normalization;
    private final Arithmetic math;
    private final TargetRescale rescale;
    private final int width;

    /**
     * @param tables the regression tables, in document order
     * @param classOf per table its class index, or an empty array for a regression
     * @param normalization the normalization method
     * @param math the precision
     * @param rescale the target post-processing of a regression
     * @param width the number of results per row (classes, or 1)
     */
    LinearModel(
            final RegressionTable[] tables,
            final int[] classOf,
            final Normalization normalization,
            final Arithmetic math,
            final TargetRescale rescale,
            final int width) {
        this.tables = tables.clone();
        this.classOf = classOf.clone();
        this.normalization = normalization;
        this.math = math;
        this.rescale = rescale;
        this.width = width;
    }

    @Override
    public void evaluate(final SlotBatch batch, final double[] out, final int[] labels) {
        double[] values = new double[tables.length];
        for (int row = 0; row < batch.rows; row++) {
            labels[row] = -1;
            if (batch.delegated[row]) {
                continue;
            }
            int base = row * batch.stride;
            for (int t = 0; t < tables.length; t++) {
                values[t] = tables[t].value(batch.slots, base, math);
            }
            if (classOf.length == 0) {
                out[row] = rescale.apply(regression(values[0]), math);
            } else if (tables.length == 2 && normalization != Normalization.SOFTMAX) {
                double first = normalization == Normalization.LOGIT
                        ? math.inverseLogit(values[0])
                        : Math.min(Math.max(values[0], 0.0), 1.0);
                out[row * width + classOf[0]] = first;
                out[row * width + classOf[1]] = math.round(1.0 - first);
            } else {
                softmax(values, out, row * width);
            }
        }
    }

    private double regression(final double value) {
        return switch (normalization) {
            case NONE -> value;
            case LOGIT, SOFTMAX -> math.inverseLogit(value);
            case EXP -> math.exp(value);
        };
    }

    private void softmax(final double[] values, final double[] out, final int offset) {
        double max = values[0];
        for (double value : values) {
            max = value > max ? value : max;
        }
        double sum = 0;
        for (int t = 0; t < values.length; t++) {
            values[t] = math.exp(math.round(values[t] - max));
            sum = t == 0 ? values[t] : math.round(sum + values[t]);
        }
        for (int t = 0; t < values.length; t++) {
            out[offset + classOf[t]] = sum == 1.0 ? values[t] : math.round(values[t] / sum);
        }
    }

    @Override
    public int[] tieOrder() {
        return classOf.clone();
    }

    @Override
    public String describe() {
        return String.format(
                Locale.ROOT,
                "regression model of %d table%s (%s normalization, %s precision)",
                tables.length,
                tables.length == 1 ? "" : "s",
                normalization.name().toLowerCase(Locale.ROOT),
                math.name().toLowerCase(Locale.ROOT));
    }
}
