package io.modelgate.monitoring;

import io.modelgate.statistics.DriftDetectionMethod;
import io.modelgate.statistics.PageHinkley;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Joins the request log, as it streams past, with the late labels held in a {@link LabelTable}: a hash join whose
 * build side is the labels file, so memory is bounded by the labels (the table plus at most one joined row per
 * label), never by the log. A prediction's key is an input column of the log or its request id. Each label is
 * claimed by the first prediction with its key; later ones are counted as duplicates, and predictions without a label
 * (not yet arrived) are counted. The joined rows go to their time windows and, in log order, to the concept-drift
 * detectors: Page-Hinkley on the per-row loss, and for a classifier DDM on the errors.
 */
public final class LabelJoin implements Consumer<LogEntry> {
    private final LabelTable labels;
    private final JoinKey key;
    private final PredictionColumns predictions;
    private final TimeWindows windows;
    private final TreeMap<Long, JoinedWindow> joined = new TreeMap<>();
    private final List<ErrorStream> streams = new ArrayList<>();
    private final ErrorStream loss;
    private final ErrorStream errors;
    private long matched;
    private long unmatched;
    private long duplicates;
    private long withoutKey;
    private long withoutScore;
    private JoinedWindow current;

    /**
     * Prepares the join.
     *
     * @param labels the late labels
     * @param key how a logged prediction's key is found
     * @param predictions the kind of prediction (classifier with its positive class, or regression)
     * @param windows how time is cut
     * @param lossDetector the detector of the loss stream, e.g. {@link PageHinkley#withDefaults(PageHinkley.Mode)}
     * @param errorDetector the detector of a classifier's error stream, e.g. {@link DriftDetectionMethod#withDefaults()}
     */
    public LabelJoin(
            final LabelTable labels,
            final JoinKey key,
            final PredictionColumns predictions,
            final TimeWindows windows,
            final PageHinkley lossDetector,
            final DriftDetectionMethod errorDetector) {
        this.labels = labels;
        this.key = key;
        this.predictions = predictions;
        this.windows = windows;
        this.loss = new ErrorStream(lossDetector);
        this.errors = predictions.isClassification() ? new ErrorStream(errorDetector) : null;
        streams.add(loss);
        if (errors != null) {
            streams.add(errors);
        }
    }

    @Override
    public void accept(final LogEntry entry) {
        String value = key.of(entry);
        if (value == null) {
            withoutKey++;
            return;
        }
        int index = labels.claim(value);
        if (index == -1) {
            unmatched++;
            return;
        }
        if (index < -1) {
            duplicates++;
            return;
        }
        double score = predictions.isClassification() ? entry.probability(predictions.positiveClass()) : entry.value();
        if (Double.isNaN(score)) {
            withoutScore++;
            return;
        }
        matched++;
        long start = windows.start(entry.timestamp());
        if (current == null || current.start() != start) {
            current = joined.computeIfAbsent(start, JoinedWindow::new);
        }
        if (predictions.isClassification()) {
            double target = predictions.positiveClass().equals(labels.label(index)) ? 1 : 0;
            int predicted = entry.label() == null
                    ? (score >= 0.5 ? 1 : 0)
                    : (predictions.positiveClass().equals(entry.label()) ? 1 : 0);
            current.add(target, score, predicted);
            loss.add(Losses.logLoss(target, score), entry.timestamp());
            errors.add(predicted == target ? 0 : 1, entry.timestamp());
        } else {
            double target = labels.number(index);
            current.add(target, score, 0);
            loss.add(Math.abs(target - score), entry.timestamp());
        }
    }

    List<JoinedWindow> windows() {
        return new ArrayList<>(joined.values());
    }

    List<ErrorStream> streams() {
        return List.copyOf(streams);
    }

    /** @return predictions joined with a label */
    public long matched() {
        return matched;
    }

    /** @return predictions whose key has no label (yet) */
    public long unmatched() {
        return unmatched;
    }

    /** @return predictions whose label an earlier prediction already claimed */
    public long duplicates() {
        return duplicates;
    }

    /** @return predictions without a key value */
    public long withoutKey() {
        return withoutKey;
    }

    /** @return labelled predictions without the score the metrics need (probability or value) */
    public long withoutScore() {
        return withoutScore;
    }

    /** @return the labels */
    public LabelTable labels() {
        return labels;
    }

    TimeWindows timeWindows() {
        return windows;
    }

    PredictionColumns predictions() {
        return predictions;
    }
}
