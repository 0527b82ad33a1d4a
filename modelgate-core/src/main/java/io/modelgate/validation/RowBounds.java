package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Bounds on a dataset's number of data rows; either may be null.
 *
 * @param min the least number of rows
 * @param max the greatest number of rows
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowBounds(Long min, Long max) {
    /**
     * Checks the bounds.
     *
     * @param min the least number of rows
     * @param max the greatest number of rows
     */
    public RowBounds {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("rows: min " + min + " is greater than max " + max);
        }
    }
}
