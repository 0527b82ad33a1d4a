package io.modelgate.scoring;

/**
 * How two PMML documents differ structurally, after the canonicalisation of {@link ModelHash}.
 *
 * @param firstPath the path of the first difference in document order, e.g.
 *     {@code /PMML/RegressionModel/RegressionTable[1]/NumericPredictor[@name='age']/@coefficient}; empty when equal
 * @param first what the first document holds there
 * @param second what the second document holds there
 * @param elements the number of elements that differ in name, attributes, text or number of children
 * @param numbers the number of numeric attribute or text values that differ (coefficients, thresholds, scores)
 * @param values the number of other attribute or text values that differ
 */
public record PmmlDifference(String firstPath, String first, String second, int elements, int numbers, int values) {
    /** @return whether the documents are the same after canonicalisation */
    public boolean isEmpty() {
        return elements == 0;
    }

    /** @return one sentence for people */
    public String describe() {
        if (isEmpty()) {
            return "no structural difference";
        }
        return "first difference at " + firstPath + ": " + first + " vs " + second + "; " + elements
                + " element(s) differ, " + numbers + " numeric value(s), " + values + " other value(s)";
    }
}
