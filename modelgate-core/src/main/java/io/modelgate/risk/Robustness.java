package io.modelgate.risk;

import io.modelgate.data.Values;
import io.modelgate.scoring.ModelField;
import io.modelgate.scoring.ModelFunction;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Measures how often the candidate's decision flips under small, plausible changes of its inputs. Every row of the
 * sample is perturbed once: each continuous input by Gaussian noise of {@code noise} times that input's standard
 * deviation over the sample (population formula; integer inputs rounded), each categorical or ordinal input, with
 * probability {@code swap}, replaced by another category seen in the sample; missing values stay missing. A flip is,
 * for a classifier, a change of decision at probability 0.5 of the positive class (the last class); for a
 * regression, a change of the prediction by more than 10% of its absolute value. Seeded with
 * {@link SplittableRandom}: the same seed, sample and model give the same flip rate.
 */
public final class Robustness {
    /** The default noise, as a share of each input's standard deviation. */
    public static final double DEFAULT_NOISE = 0.05;

    /** The default probability of swapping a category. */
    public static final double DEFAULT_SWAP = 0.05;

    /** The relative change of a regression's prediction that counts as a flip. */
    public static final double REGRESSION_CHANGE = 0.1;

    private final double noise;
    private final double swap;
    private final long seed;

    /**
     * Creates the measurement.
     *
     * @param noise the noise as a share of each continuous input's standard deviation, not negative
     * @param swap the probability of replacing a categorical input, in [0, 1]
     * @param seed the random seed
     */
    public Robustness(final double noise, final double swap, final long seed) {
        if (!(noise >= 0) || !(swap >= 0 && swap <= 1)) {
            throw new IllegalArgumentException("The noise must not be negative and the swap probability in [0, 1]");
        }
        this.noise = noise;
        this.swap = swap;
        this.seed = seed;
    }

    /**
     * Perturbs every row of the sample once and counts the flips.
     *
     * @param model the model
     * @param sample the rows, at least one
     * @return the flips
     */
    public RobustnessResult measure(final PmmlModel model, final HoldoutSample sample) {
        double[] before = new double[sample.rows().size()];
        for (int i = 0; i < before.length; i++) {
            before[i] = predict(model, sample, sample.rows().get(i));
        }
        return measure(model, sample, before);
    }

    /**
     * Perturbs every row of the sample once and counts the flips, given the model's predictions on the unperturbed
     * rows (e.g. from scoring the whole holdout, whose first rows the sample is), so that only the perturbed rows are
     * scored here.
     *
     * @param model the model
     * @param sample the rows, at least one
     * @param before the model's prediction for each row of the sample: the positive class's probability for a
     *     classifier, the value for a regression
     * @return the flips
     */
    public RobustnessResult measure(final PmmlModel model, final HoldoutSample sample, final double[] before) {
        if (before.length < sample.rows().size()) {
            throw new IllegalArgumentException(
                    "Need a prediction for each of the " + sample.rows().size() + " rows, got " + before.length);
        }
        List<ModelField> fields = sample.fields();
        double[] spread = new double[fields.size()];
        List<List<String>> categories = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            spread[f] = continuous(fields.get(f)) ? deviation(sample, f) : 0;
            categories.add(continuous(fields.get(f)) ? List.of() : seen(sample, f));
        }
        SplittableRandom random = new SplittableRandom(seed);
        int flips = 0;
        for (int r = 0; r < sample.rows().size(); r++) {
            String[] row = sample.rows().get(r);
            String[] perturbed = row.clone();
            for (int f = 0; f < fields.size(); f++) {
                if (row[f] == null) {
                    continue;
                }
                if (continuous(fields.get(f))) {
                    Double value = Values.parseDouble(row[f]);
                    double shifted = value == null ? Double.NaN : value + random.nextGaussian() * noise * spread[f];
                    if (!Double.isNaN(shifted)) {
                        perturbed[f] =
                                integer(fields.get(f)) ? Long.toString(Math.round(shifted)) : Double.toString(shifted);
                    }
                } else if (random.nextDouble() < swap && categories.get(f).size() > 1) {
                    List<String> others = new ArrayList<>(categories.get(f));
                    others.remove(row[f]);
                    perturbed[f] = others.get(random.nextInt(others.size()));
                }
            }
            if (flipped(model, before[r], predict(model, sample, perturbed))) {
                flips++;
            }
        }
        return new RobustnessResult(sample.rows().size(), flips, noise, swap, seed);
    }

    private static boolean flipped(final PmmlModel model, final double before, final double after) {
        if (model.function() == ModelFunction.CLASSIFICATION) {
            return (before >= 0.5) != (after >= 0.5);
        }
        return Math.abs(after - before) > REGRESSION_CHANGE * Math.abs(before);
    }

    private static double predict(final PmmlModel model, final HoldoutSample sample, final String[] values) {
        Prediction prediction = model.score(sample.arguments(values));
        List<String> classes = model.classLabels();
        return classes.isEmpty() ? prediction.value() : prediction.probability(classes.get(classes.size() - 1));
    }

    private static boolean continuous(final ModelField field) {
        return "continuous".equals(field.opType());
    }

    private static boolean integer(final ModelField field) {
        return "integer".equals(field.dataType());
    }

    private static double deviation(final HoldoutSample sample, final int field) {
        double sum = 0;
        double squares = 0;
        int count = 0;
        for (String[] row : sample.rows()) {
            Double value = row[field] == null ? null : Values.parseDouble(row[field]);
            if (value != null) {
                sum += value;
                squares += value * value;
                count++;
            }
        }
        if (count == 0) {
            return 0;
        }
        double mean = sum / count;
        return Math.sqrt(Math.max(0, squares / count - mean * mean));
    }

    private static List<String> seen(final HoldoutSample sample, final int field) {
        Set<String> values = new LinkedHashSet<>();
        for (String[] row : sample.rows()) {
            if (row[field] != null) {
                values.add(row[field]);
            }
        }
        return List.copyOf(values);
    }
}
