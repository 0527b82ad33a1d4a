package io.modelgate.risk;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.Locale;
import java.util.Map;

/**
 * How often the decision flipped under {@link Robustness}'s perturbations, and the {@code robustness} check against
 * an optional largest flip rate (without one the check passes and reports the rate).
 *
 * @param rows the rows perturbed
 * @param flips the rows whose decision flipped
 * @param noise the noise used
 * @param swap the swap probability used
 * @param seed the seed used
 */
public record RobustnessResult(int rows, int flips, double noise, double swap, long seed) {
    /** @return the share of rows whose decision flipped */
    public double flipRate() {
        return rows == 0 ? 0 : (double) flips / rows;
    }

    /**
     * Checks the flip rate.
     *
     * @param maximumFlipRate the largest flip rate, or {@code null} to report only
     * @return the {@code robustness} check
     */
    public Check check(final Double maximumFlipRate) {
        String found = String.format(Locale.ROOT, "flip rate %.4f (%d of %d rows)", flipRate(), flips, rows);
        String where = String.format(
                Locale.ROOT, "The decision flips on %d of %d perturbed rows (%.4f)", flips, rows, flipRate());
        String how = String.format(
                Locale.ROOT, " under noise %.3g x std and category swaps with probability %.3g", noise, swap);
        if (maximumFlipRate == null) {
            return Check.of("robustness", GateStatus.PASSED, found, "report only", where + how + ".");
        }
        boolean within = flipRate() <= maximumFlipRate;
        return Check.of(
                "robustness",
                within ? GateStatus.PASSED : GateStatus.FAILED,
                found,
                "flip rate <= " + maximumFlipRate,
                where + how + (within ? ", within" : ", above") + " the limit of " + maximumFlipRate + ".");
    }

    /**
     * Adds the robustness to the risk section.
     *
     * @param section the section to fill
     */
    public void describe(final Map<String, Object> section) {
        section.put("flipRate", flipRate());
        section.put("flips", flips);
        section.put("perturbedRows", rows);
        section.put("noise", noise);
        section.put("swap", swap);
        section.put("seed", seed);
    }
}
