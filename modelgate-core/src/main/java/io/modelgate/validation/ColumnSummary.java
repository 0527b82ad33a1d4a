package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a validation learned about one column, for the evidence's {@code columns} section and the HTML report.
 *
 * @param name the column's name
 * @param type its declared (or inferred) type
 * @param rows the rows read
 * @param missing the rows without a value
 * @param invalid the values that are not of the column's type
 * @param min the least value, as written
 * @param max the greatest value, as written
 * @param mean the mean of numeric values (epoch days or seconds for dates and timestamps), or null
 * @param std the sample standard deviation of numeric values, or null
 * @param distinct the number of distinct values when at most {@value ColumnStatistics#MAX_TRACKED} were seen, or null
 * @param topValues the commonest values of text and boolean columns, most frequent first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnSummary(
        String name,
        String type,
        long rows,
        long missing,
        long invalid,
        String min,
        String max,
        Double mean,
        Double std,
        Long distinct,
        List<ValueCount> topValues) {
    /**
     * One value and how often it was seen.
     *
     * @param value the value, masked when the column holds personal data
     * @param count the number of rows with it
     */
    public record ValueCount(String value, long count) {}
}
