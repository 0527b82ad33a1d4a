package io.modelgate.reproducibility;

import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.Row;
import io.modelgate.data.Values;
import io.modelgate.scoring.ModelField;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores probe data with two models, row by row while streaming, and keeps the largest difference of their outputs:
 * every class probability for a classifier, the value for a regression, and the rows whose predicted label changes.
 */
final class ProbeComparison {
    private ProbeComparison() {}

    static ProbeDeviation compare(final PmmlModel expected, final PmmlModel actual, final Path probe)
            throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        expected.inputFields().stream().map(ModelField::name).forEach(fields::add);
        actual.inputFields().stream().map(ModelField::name).forEach(fields::add);
        try (CsvReader reader = CsvReader.open(probe)) {
            List<String> names = List.copyOf(fields);
            int[] columns = columns(reader.header(), names, probe);
            long rows = 0;
            long changed = 0;
            double largest = 0;
            long line = 0;
            String output = "";
            for (Row row; (row = reader.next()) != null; ) {
                Map<String, Object> arguments = new HashMap<>();
                for (int i = 0; i < columns.length; i++) {
                    String value = row.get(columns[i]);
                    arguments.put(names.get(i), Values.isMissing(value) ? null : value);
                }
                Prediction a = score(expected, arguments, probe, row);
                Prediction b = score(actual, arguments, probe, row);
                rows++;
                if (!Objects.equals(a.label(), b.label())) {
                    changed++;
                }
                for (Map.Entry<String, Double> difference : differences(a, b).entrySet()) {
                    if (difference.getValue() > largest || Double.isNaN(difference.getValue())) {
                        largest =
                                Double.isNaN(difference.getValue()) ? Double.POSITIVE_INFINITY : difference.getValue();
                        line = row.line();
                        output = difference.getKey();
                    }
                }
            }
            return new ProbeDeviation(rows, largest, line, output, changed);
        }
    }

    static void requireColumns(final PmmlModel model, final Path probe, final String target) throws IOException {
        try (CsvReader reader = CsvReader.open(probe)) {
            List<String> names = new java.util.ArrayList<>(
                    model.inputFields().stream().map(ModelField::name).toList());
            if (target != null) {
                names.add(target);
            }
            columns(reader.header(), names, probe);
        }
    }

    private static int[] columns(final List<String> header, final List<String> names, final Path probe) {
        int[] columns = new int[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = header.indexOf(names.get(i));
            if (columns[i] < 0) {
                throw new DataFormatException(
                        probe.toString(),
                        1,
                        0,
                        "the probe data has no column '" + names.get(i) + "'; needed: " + names + ", found: " + header);
            }
        }
        return columns;
    }

    private static Prediction score(
            final PmmlModel model, final Map<String, Object> arguments, final Path probe, final Row row) {
        try {
            return model.score(arguments);
        } catch (IllegalArgumentException exception) {
            throw new DataFormatException(
                    probe.toString(), row.line(), 0, model.file() + " cannot score the row: " + exception.getMessage());
        }
    }

    private static Map<String, Double> differences(final Prediction a, final Prediction b) {
        Map<String, Double> differences = new HashMap<>();
        if (a.probabilities().isEmpty() && b.probabilities().isEmpty()) {
            differences.put("value", distance(a.value(), b.value()));
            return differences;
        }
        Set<String> labels = new LinkedHashSet<>(a.probabilities().keySet());
        labels.addAll(b.probabilities().keySet());
        for (String label : labels) {
            differences.put("probability(" + label + ")", distance(a.probability(label), b.probability(label)));
        }
        return differences;
    }

    private static double distance(final double a, final double b) {
        if (Double.isNaN(a) && Double.isNaN(b)) {
            return 0.0;
        }
        return Math.abs(a - b);
    }
}
