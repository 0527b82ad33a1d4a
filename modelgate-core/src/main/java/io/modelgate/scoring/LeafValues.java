package io.modelgate.scoring;

import java.util.Arrays;
import java.util.List;
import org.dmg.pmml.ScoreDistribution;
import org.dmg.pmml.tree.Node;

/**
 * The values of a compiled tree's leaves, {@code width} numbers per leaf: a regression tree's score, or a
 * classification tree's class probabilities in the target's class order, computed as jpmml computes them from the
 * {@code ScoreDistribution} elements (their probabilities, else record counts; divided by their sum unless that is
 * exactly one, in the tree's precision). A classification leaf also keeps its {@code score}, the class a single
 * tree predicts. A leaf of NaN values means "no prediction": jpmml scores such a row.
 */
final class LeafValues {
    private final List<String> classes;
    private final Arithmetic math;
    private final int width;
    private final boolean labelled;
    private double[] values = new double[64];
    private int[] labels = new int[64];
    private int count;
    private List<String> order;

    /**
     * @param classes the target's classes, or an empty list for a regression tree
     * @param math the tree's precision
     * @param labelled whether every classification leaf must name its class (a single tree predicts it)
     */
    LeafValues(final List<String> classes, final Arithmetic math, final boolean labelled) {
        this.classes = List.copyOf(classes);
        this.math = math;
        this.labelled = labelled;
        this.width = classes.isEmpty() ? 1 : classes.size();
    }

    int width() {
        return width;
    }

    int count() {
        return count;
    }

    double[] values() {
        return Arrays.copyOf(values, count * width);
    }

    int[] labels() {
        return Arrays.copyOf(labels, count);
    }

    /** @return the order of the classes in every leaf's distribution, which breaks ties like jpmml; empty if none */
    List<String> order() {
        return order == null ? List.of() : order;
    }

    int addDelegate() {
        int leaf = grow();
        Arrays.fill(values, leaf * width, leaf * width + width, Double.NaN);
        labels[leaf] = -1;
        return leaf;
    }

    int add(final Node node) throws NotCompilableException {
        int leaf = grow();
        if (classes.isEmpty()) {
            values[leaf] = score(node.getScore());
            labels[leaf] = -1;
            return leaf;
        }
        Object score = node.getScore();
        labels[leaf] = score == null ? -1 : classes.indexOf(String.valueOf(score));
        if (labelled && labels[leaf] < 0) {
            throw new NotCompilableException("a classification leaf whose score " + score + " is not a target class");
        }
        if (!node.hasScoreDistributions()) {
            throw new NotCompilableException("a classification tree node without ScoreDistribution elements");
        }
        distribution(node.getScoreDistributions(), leaf * width);
        return leaf;
    }

    private double score(final Object score) {
        if (score == null) {
            return Double.NaN;
        }
        if (score instanceof Number number) {
            return math.of(number);
        }
        String text = String.valueOf(score);
        return math == Arithmetic.FLOAT ? Float.parseFloat(text) + 0f : Double.parseDouble(text) + 0d;
    }

    private void distribution(final List<ScoreDistribution> distributions, final int offset)
            throws NotCompilableException {
        boolean probabilities = distributions.get(0).getProbability() != null;
        double sum = 0;
        double[] raw = new double[distributions.size()];
        List<String> categories = distributions.stream()
                .map(distribution -> String.valueOf(distribution.requireValue()))
                .toList();
        if (order == null) {
            order = categories;
        } else if (!order.equals(categories)) {
            throw new NotCompilableException("leaves that list their classes in different orders");
        }
        if (!categories.containsAll(classes) || categories.size() != classes.size()) {
            throw new NotCompilableException("a leaf whose classes " + categories + " are not the target's " + classes);
        }
        for (int i = 0; i < raw.length; i++) {
            ScoreDistribution distribution = distributions.get(i);
            Number number = probabilities ? distribution.requireProbability() : distribution.requireRecordCount();
            raw[i] = math.of(number);
            sum = math.round(sum + raw[i]);
        }
        for (int i = 0; i < raw.length; i++) {
            double value = sum == 1.0 ? raw[i] : sum == 0.0 ? Double.NaN : math.round(raw[i] / sum);
            values[offset + classes.indexOf(categories.get(i))] = value;
        }
    }

    private int grow() {
        if ((count + 1) * width > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, (count + 1) * width));
        }
        if (count == labels.length) {
            labels = Arrays.copyOf(labels, labels.length * 2);
        }
        return count++;
    }
}
