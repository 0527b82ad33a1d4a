package io.modelgate.validation.pii;

/**
 * When matches of a value-based kind make a column a holder of personal data: the kind's share of the column's
 * non-missing values is at least {@code minShare} and it matched at least {@code minMatches} values. The share
 * rule targets columns that hold personal data and tolerates checksum coincidences (about 3.5 % of random 13-19
 * digit identifiers pass the card prefix and Luhn checks); the count rule keeps a single coincidence in a tiny
 * file from failing a gate. Lower both (e.g. {@code 0} and {@code 1}) to flag any match at all.
 *
 * @param minShare the least share of non-missing values, 0 to 1
 * @param minMatches the least number of matching values, at least 1
 */
public record PiiThresholds(double minShare, long minMatches) {
    /** The default least share: 5 % of the non-missing values. */
    public static final double DEFAULT_MIN_SHARE = 0.05;

    /** The default least number of matching values. */
    public static final long DEFAULT_MIN_MATCHES = 3;

    /** The defaults: 5 % and 3 values. */
    public static final PiiThresholds DEFAULTS = new PiiThresholds(DEFAULT_MIN_SHARE, DEFAULT_MIN_MATCHES);

    /**
     * Checks the bounds.
     *
     * @param minShare the least share of non-missing values, 0 to 1
     * @param minMatches the least number of matching values, at least 1
     */
    public PiiThresholds {
        if (!(minShare >= 0 && minShare <= 1)) {
            throw new IllegalArgumentException("pii min share must be between 0 and 1, got " + minShare);
        }
        if (minMatches < 1) {
            throw new IllegalArgumentException("pii min matches must be at least 1, got " + minMatches);
        }
    }

    /**
     * Returns the thresholds with another least share and the default least count.
     *
     * @param minShare the least share, 0 to 1
     * @return the thresholds
     */
    public static PiiThresholds ofShare(final double minShare) {
        return new PiiThresholds(minShare, DEFAULT_MIN_MATCHES);
    }

    /**
     * Returns whether a kind that matched {@code matches} of {@code examined} values is a finding.
     *
     * @param matches the matching values
     * @param examined the non-missing values
     * @return true when both thresholds are reached
     */
    public boolean isReached(final long matches, final long examined) {
        return examined > 0 && matches >= minMatches && (double) matches / examined >= minShare;
    }
}
