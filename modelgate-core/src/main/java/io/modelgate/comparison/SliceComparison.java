package io.modelgate.comparison;

/**
 * The primary metric within one slice (the rows with one value of one slice column), or the reason it was not
 * judged.
 *
 * @param column the slice column
 * @param value the column's value
 * @param rows the number of rows in the slice
 * @param metric the primary metric's comparison, null when not judged
 * @param reason why the slice was not judged, null when it was
 */
public record SliceComparison(String column, String value, int rows, MetricComparison metric, String reason) {
    /** @return whether the slice was judged */
    public boolean isJudged() {
        return metric != null;
    }

    /** @return the check name, {@code slice:<column>=<value>} */
    public String checkName() {
        return "slice:" + column + "=" + value;
    }
}
