package io.modelgate.drift;

import io.modelgate.data.ColumnType;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.DataPass;
import io.modelgate.data.Row;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds profiles for tests: from fixture CSV files, or from generated values of one numeric column. */
final class Profiles {
    private Profiles() {}

    static Path fixture(final Class<?> test, final String name) {
        try {
            return Path.of(Objects.requireNonNull(
                            test.getResource("/fixtures/drift/" + test.getSimpleName() + "/" + name),
                            "missing fixture " + name)
                    .toURI());
        } catch (URISyntaxException exception) {
            throw new IllegalStateException(exception);
        }
    }

    static DatasetProfile read(final Path file, final Map<String, ColumnType> columns) throws IOException {
        DriftProfiler profiler = new DriftProfiler(columns);
        new DataPass(file, CsvFormat.RFC_4180).run(List.of(profiler));
        return profiler.profile();
    }

    static DatasetProfile numeric(final String column, final double... values) {
        DriftProfiler profiler = new DriftProfiler(Map.of(column, ColumnType.DOUBLE));
        profiler.start(List.of(column));
        for (int i = 0; i < values.length; i++) {
            profiler.accept(Row.of(i + 2, Double.toString(values[i])));
        }
        return profiler.profile();
    }
}
