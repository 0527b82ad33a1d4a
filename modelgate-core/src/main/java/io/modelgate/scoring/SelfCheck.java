package io.modelgate.scoring;

import io.modelgate.data.CsvReader;
import io.modelgate.data.Values;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compiled engine's check before use: the data's first rows are scored by the compiled form and by jpmml, and
 * every class probability (or the predicted value) and the predicted class must agree within jpmml's verification
 * tolerance ({@link Agreement}). Rows the compiled form leaves to jpmml are not compared; a row jpmml refuses but the
 * compiled form scored is a disagreement.
 *
 * @param rows the rows read
 * @param compared the rows both engines scored
 * @param maxRelativeDifference the largest relative difference seen
 * @param disagreement the first disagreement ("row 12, class 1: compiled 0.25, jpmml 0.26"), or {@code null}
 */
record SelfCheck(int rows, int compared, double maxRelativeDifference, String disagreement) {
    static SelfCheck run(final PmmlModel model, final CompiledModel compiled, final Path data, final int limit)
            throws IOException {
        RowChunk chunk;
        int[] columns;
        try (CsvReader reader = CsvReader.open(data)) {
            columns = ModelScorer.columns(FieldMapping.of(model, reader.header(), data.toString()));
            chunk = RowChunk.read(reader, limit);
        }
        if (chunk == null) {
            return new SelfCheck(0, 0, 0, null);
        }
        SlotBatch batch = compiled.encode(chunk, columns);
        int width = compiled.width();
        ModelScorer.Scored scored =
                new ModelScorer.Scored(width, new double[chunk.size() * width], new int[chunk.size()]);
        compiled.score(batch, scored.values(), scored.labels());
        Agreement agreement = new Agreement();
        List<String> inputs = model.inputFields().stream().map(ModelField::name).toList();
        Map<String, Object> arguments = new HashMap<>();
        int compared = 0;
        for (int row = 0; row < chunk.size(); row++) {
            if (batch.delegated[row]) {
                continue;
            }
            String[] values = chunk.values(row);
            for (int i = 0; i < columns.length; i++) {
                arguments.put(inputs.get(i), Values.isMissing(values[columns[i]]) ? null : values[columns[i]]);
            }
            Prediction prediction;
            try {
                prediction = model.score(arguments);
            } catch (IllegalArgumentException exception) {
                return new SelfCheck(
                        chunk.size(),
                        compared,
                        agreement.maxRelativeDifference(),
                        "line " + chunk.line(row) + ": jpmml refuses a row the compiled form scored ("
                                + exception.getMessage() + ")");
            }
            String difference = difference(model, prediction, scored, row, agreement);
            if (difference != null) {
                return new SelfCheck(
                        chunk.size(),
                        compared,
                        agreement.maxRelativeDifference(),
                        "line " + chunk.line(row) + ": " + difference);
            }
            compared++;
        }
        return new SelfCheck(chunk.size(), compared, agreement.maxRelativeDifference(), null);
    }

    /**
     * Compares jpmml's prediction of one row with the compiled engine's.
     *
     * @return {@code null} when they agree, else what differs
     */
    static String difference(
            final PmmlModel model,
            final Prediction jpmml,
            final ModelScorer.Scored compiled,
            final int row,
            final Agreement agreement) {
        List<String> classes = model.classLabels();
        if (classes.isEmpty()) {
            double value = compiled.value(row, 0);
            return agreement.agrees(jpmml.value(), value) ? null : describe("value", value, jpmml.value());
        }
        for (int k = 0; k < classes.size(); k++) {
            double expected = jpmml.probability(classes.get(k));
            double actual = compiled.value(row, k);
            if (!agreement.agrees(expected, actual)) {
                return describe("probability(" + classes.get(k) + ")", actual, expected);
            }
        }
        int label = compiled.labels()[row];
        String predicted = label < 0 ? null : classes.get(label);
        if (jpmml.label() != null && !jpmml.label().equals(predicted)) {
            return "predicted class: compiled " + predicted + ", jpmml " + jpmml.label();
        }
        return null;
    }

    private static String describe(final String what, final double compiled, final double jpmml) {
        return String.format(Locale.ROOT, "%s: compiled %s, jpmml %s", what, compiled, jpmml);
    }
}
