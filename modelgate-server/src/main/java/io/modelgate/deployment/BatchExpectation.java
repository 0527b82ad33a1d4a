package io.modelgate.deployment;

import io.modelgate.data.CsvReader;
import io.modelgate.data.Row;
import io.modelgate.data.Values;
import io.modelgate.scoring.BatchScorer;
import io.modelgate.scoring.ModelFunction;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the service should answer: the model's own batch scoring ({@link BatchScorer}, the same as {@code modelgate
 * score}) of exactly the sampled rows, read back from its output CSV.
 */
final class BatchExpectation {
    private BatchExpectation() {}

    static List<Prediction> of(final PmmlModel model, final SmokeSample sample) throws IOException {
        Path folder = Files.createTempDirectory("modelgate-smoke");
        Path input = folder.resolve("sample.csv");
        Path output = folder.resolve("scored.csv");
        try {
            sample.writeCsv(input);
            new BatchScorer(model).withThreads(1).score(input, output);
            return read(model, output);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
            Files.deleteIfExists(folder);
        }
    }

    private static List<Prediction> read(final PmmlModel model, final Path scored) throws IOException {
        boolean classification = model.function() == ModelFunction.CLASSIFICATION;
        List<Prediction> predictions = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(scored)) {
            List<String> header = reader.header();
            int prediction = header.indexOf("prediction");
            for (Row row; (row = reader.next()) != null; ) {
                String label = row.get(prediction);
                if (!classification) {
                    Double value = Values.isMissing(label) ? null : Values.parseDouble(label);
                    predictions.add(new Prediction(null, value == null ? Double.NaN : value, Map.of()));
                    continue;
                }
                Map<String, Double> probabilities = new LinkedHashMap<>();
                for (String classLabel : model.classLabels()) {
                    int column = header.indexOf("probability(" + classLabel + ")");
                    if (column >= 0 && !Values.isMissing(row.get(column))) {
                        probabilities.put(classLabel, Values.parseDouble(row.get(column)));
                    }
                }
                predictions.add(new Prediction(Values.isMissing(label) ? null : label, Double.NaN, probabilities));
            }
        }
        return predictions;
    }
}
