package io.modelgate.scoring;

import io.modelgate.data.CsvReader;
import io.modelgate.data.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the scoring fixtures by test class, and reads the scikit-learn fixture models' CSV files. */
final class Fixtures {
    static final List<String> CLASSIFIERS =
            List.of("CreditLogistic", "CreditTree", "CreditForest", "CreditBoosting", "CreditGrade", "CreditXgboost");
    static final List<String> REGRESSORS = List.of("CreditLimitLinear", "CreditLimitTree");

    private Fixtures() {}

    static Path path(final Class<?> owner, final String name) {
        return io.modelgate.Fixtures.of(owner, name);
    }

    static Path sklearn(final String name) {
        return path(SklearnEquivalenceTest.class, name);
    }

    static Path holdout() {
        return sklearn("credit-holdout.csv");
    }

    static List<Map<String, String>> read(final Path csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(csv)) {
            for (Row row; (row = reader.next()) != null; ) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    values.put(reader.header().get(i), row.get(i));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /** JPMML's verification tolerance: relative precision 1e-6, values below 1e-16 in magnitude count as zero. */
    static boolean isClose(final double expected, final double actual) {
        if (Math.abs(expected) < 1e-16) {
            return Math.abs(actual) < 1e-16;
        }
        return Math.abs(expected - actual) <= 1e-6 * Math.abs(expected);
    }
}
