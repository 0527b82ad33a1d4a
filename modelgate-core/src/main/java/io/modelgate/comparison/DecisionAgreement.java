package io.modelgate.comparison;

/**
 * How many rows would get a different decision from the candidate than from the champion: class 1 when the
 * probability is at least 0.5.
 *
 * @param rows the rows compared
 * @param changed the rows whose decision differs
 */
public record DecisionAgreement(int rows, int changed) {
    static DecisionAgreement of(final double[] champion, final double[] candidate) {
        int changed = 0;
        for (int i = 0; i < champion.length; i++) {
            changed += (champion[i] >= 0.5) != (candidate[i] >= 0.5) ? 1 : 0;
        }
        return new DecisionAgreement(champion.length, changed);
    }

    /** @return the share of rows whose decision changes */
    public double changedShare() {
        return rows == 0 ? 0 : (double) changed / rows;
    }
}
