package io.modelgate.cli.monitoring;

import io.modelgate.data.ColumnType;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.DataPass;
import io.modelgate.data.Fingerprint;
import io.modelgate.data.Row;
import io.modelgate.data.RowConsumer;
import io.modelgate.drift.DatasetProfile;
import io.modelgate.drift.DriftProfiler;
import io.modelgate.monitoring.PredictionColumns;
import io.modelgate.report.Input;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference side of {@code monitor drift}: in one pass over the reference CSV, the profile of the model's input
 * columns and the profile of the model's predictions on it (the reference scored by the model); or the predictions'
 * profile from a CSV of recorded predictions (e.g. {@code modelgate score}'s output).
 */
final class ReferenceProfiles {
    private final DatasetProfile inputs;
    private final DatasetProfile predictions;
    private final List<Input> evidenceInputs;

    private ReferenceProfiles(
            final DatasetProfile inputs, final DatasetProfile predictions, final List<Input> evidenceInputs) {
        this.inputs = inputs;
        this.predictions = predictions;
        this.evidenceInputs = evidenceInputs;
    }

    static ReferenceProfiles read(
            final Path reference,
            final Path recordedPredictions,
            final CsvFormat format,
            final PmmlModel model,
            final Map<String, ColumnType> columns,
            final PredictionColumns predictionColumns)
            throws IOException {
        List<Input> evidenceInputs = new ArrayList<>();
        DatasetProfile inputs = null;
        DatasetProfile predictions = null;
        if (reference != null) {
            requireColumns(reference, format, List.copyOf(columns.keySet()));
            DriftProfiler profiler = new DriftProfiler(columns);
            Scorer scorer = recordedPredictions == null ? new Scorer(model, predictionColumns) : null;
            Fingerprint fingerprint =
                    new DataPass(reference, format).run(scorer == null ? List.of(profiler) : List.of(profiler, scorer));
            inputs = profiler.profile();
            predictions = scorer == null ? null : scorer.profiler.profile();
            evidenceInputs.add(new Input("reference", reference.toString(), fingerprint.sha256(), fingerprint.rows()));
        }
        if (recordedPredictions != null) {
            requireColumns(
                    recordedPredictions,
                    format,
                    List.copyOf(predictionColumns.columns().keySet()));
            DriftProfiler profiler = new DriftProfiler(predictionColumns.columns());
            Fingerprint fingerprint = new DataPass(recordedPredictions, format).run(List.of(profiler));
            predictions = profiler.profile();
            evidenceInputs.add(new Input(
                    "reference-predictions", recordedPredictions.toString(), fingerprint.sha256(), fingerprint.rows()));
        }
        return new ReferenceProfiles(inputs, predictions, evidenceInputs);
    }

    private static void requireColumns(final Path file, final CsvFormat format, final List<String> columns)
            throws IOException {
        List<String> header;
        try (CsvReader reader = CsvReader.open(file, format)) {
            header = reader.header();
        }
        List<String> missing = new ArrayList<>(columns);
        missing.removeAll(header);
        if (!missing.isEmpty()) {
            throw new DataFormatException(
                    file,
                    1,
                    0,
                    "column(s) " + String.join(", ", missing) + " needed for monitoring are missing from the header ("
                            + String.join(", ", header) + ")");
        }
    }

    DatasetProfile inputs() {
        return inputs;
    }

    DatasetProfile predictions() {
        return predictions;
    }

    List<Input> evidenceInputs() {
        return evidenceInputs;
    }

    /** Scores each reference row and profiles the predictions; rows the model refuses are skipped. */
    private static final class Scorer implements RowConsumer {
        private final PmmlModel model;
        private final PredictionColumns columns;
        private final DriftProfiler profiler;
        private final Map<String, String> values = new HashMap<>();
        private final List<String> fields;
        private int[] indexes;

        Scorer(final PmmlModel model, final PredictionColumns columns) {
            this.model = model;
            this.columns = columns;
            this.profiler = new DriftProfiler(columns.columns());
            this.fields =
                    model.inputFields().stream().map(field -> field.name()).toList();
        }

        @Override
        public void start(final List<String> header) {
            profiler.start(List.copyOf(columns.columns().keySet()));
            indexes = fields.stream().mapToInt(header::indexOf).toArray();
        }

        @Override
        public void accept(final Row row) {
            for (int i = 0; i < indexes.length; i++) {
                String value = indexes[i] < 0 || indexes[i] >= row.size() ? "" : row.get(indexes[i]);
                values.put(fields.get(i), value.isEmpty() ? null : value);
            }
            Prediction prediction;
            try {
                prediction = model.score(values);
            } catch (IllegalArgumentException refused) {
                return;
            }
            double probability =
                    columns.isClassification() ? prediction.probability(columns.positiveClass()) : Double.NaN;
            profiler.accept(Row.of(row.line(), columns.values(prediction.label(), prediction.value(), probability)));
        }
    }
}
