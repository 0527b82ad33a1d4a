package io.modelgate.scoring;

/**
 * One compiled PMML {@code RegressionTable}: numeric predictors (slot, coefficient), categorical predictors (slot,
 * category index, coefficient; after a field's category matched, its further predictors are skipped, as in jpmml)
 * and the intercept.
 */
final class RegressionTable {
    private final int[] numericSlots;
    private final double[] numericCoefficients;
    private final int[] categorySlots;
    private final double[] categories;
    private final double[] categoryCoefficients;
    private final double intercept;

    RegressionTable(
            final int[] numericSlots,
            final double[] numericCoefficients,
            final int[] categorySlots,
            final double[] categories,
            final double[] categoryCoefficients,
            final double intercept) {
        this.numericSlots = numericSlots.clone();
        this.numericCoefficients = numericCoefficients.clone();
        this.categorySlots = categorySlots.clone();
        this.categories = categories.clone();
        this.categoryCoefficients = categoryCoefficients.clone();
        this.intercept = intercept;
    }

    double value(final double[] slots, final int base, final Arithmetic math) {
        double sum = 0;
        for (int i = 0; i < numericSlots.length; i++) {
            sum = math.round(sum + math.round(numericCoefficients[i] * slots[base + numericSlots[i]]));
        }
        int matched = -1;
        for (int i = 0; i < categorySlots.length; i++) {
            if (categorySlots[i] == matched) {
                continue;
            }
            matched = -1;
            if (slots[base + categorySlots[i]] == categories[i]) {
                matched = categorySlots[i];
                sum = math.round(sum + categoryCoefficients[i]);
            }
        }
        return intercept != 0 ? math.round(sum + intercept) : sum;
    }
}
