package io.modelgate.monitoring;

import java.util.Arrays;

/**
 * One line of the request log as read: when, which request, the values of the input columns the reader was asked for
 * (raw text, {@code null} when absent or JSON null), and the prediction. Entries are reused by the reader; copy what
 * must outlive the call that received it.
 */
public final class LogEntry {
    private final String[] inputs;
    private String[] classes = new String[4];
    private String[] probabilities = new String[4];
    private int classCount;
    long timestamp;
    String requestId;
    String model;
    String version;
    String label;
    double value;
    long latencyMicros;
    String file;
    long line;

    LogEntry(final int columns) {
        inputs = new String[columns];
        clear();
    }

    void clear() {
        Arrays.fill(inputs, null);
        classCount = 0;
        timestamp = Timestamps.INVALID;
        requestId = null;
        model = null;
        version = null;
        label = null;
        value = Double.NaN;
        latencyMicros = -1;
    }

    void input(final int column, final String text) {
        inputs[column] = text;
    }

    void probability(final String label, final String probability) {
        if (classCount == classes.length) {
            classes = Arrays.copyOf(classes, classCount * 2);
            probabilities = Arrays.copyOf(probabilities, classCount * 2);
        }
        classes[classCount] = label;
        probabilities[classCount++] = probability;
    }

    /** @return when the service answered, epoch milliseconds UTC */
    public long timestamp() {
        return timestamp;
    }

    /** @return the request id, with {@code #index} for a record of a batch; {@code null} when absent */
    public String requestId() {
        return requestId;
    }

    /** @return the model's name as logged, or {@code null} */
    public String model() {
        return model;
    }

    /** @return the model's version as logged, or {@code null} */
    public String version() {
        return version;
    }

    /**
     * Returns an input value.
     *
     * @param column the index of the column among those the reader was asked for
     * @return the raw text (numbers as written), or {@code null} when absent or null
     */
    public String input(final int column) {
        return inputs[column];
    }

    /** @return the number of input columns the reader fills */
    public int inputCount() {
        return inputs.length;
    }

    /** @return the predicted class, or {@code null} for a regression */
    public String label() {
        return label;
    }

    /** @return the predicted number of a regression, NaN otherwise */
    public double value() {
        return value;
    }

    /**
     * Returns a class's probability.
     *
     * @param classLabel the class
     * @return its probability, NaN when the line gave none
     */
    public double probability(final String classLabel) {
        String text = probabilityText(classLabel);
        return text == null ? Double.NaN : Double.parseDouble(text);
    }

    /**
     * Returns a class's probability as logged, a double printed in full cut to 15 significant digits.
     *
     * @param classLabel the class
     * @return the number's text, or {@code null} when the line gave none
     */
    public String probabilityText(final String classLabel) {
        for (int i = 0; i < classCount; i++) {
            if (classes[i].equals(classLabel)) {
                return probabilities[i];
            }
        }
        return null;
    }

    /** @return the service's latency in microseconds, −1 when absent */
    public long latencyMicros() {
        return latencyMicros;
    }

    /** @return the name of the log file the entry came from */
    public String file() {
        return file;
    }

    /** @return the 1-based line of the entry in its file */
    public long line() {
        return line;
    }
}
