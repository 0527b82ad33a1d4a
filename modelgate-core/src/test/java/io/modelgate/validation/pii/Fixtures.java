package io.modelgate.validation.pii;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** Reads the tab-separated known answers under {@code fixtures/validation/pii/<TestClass>/}. */
final class Fixtures {
    private Fixtures() {}

    static List<String[]> tsv(final Class<?> test, final String name) {
        try (var lines = Files.lines(io.modelgate.Fixtures.of(test, name), StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.startsWith("#"))
                    .skip(1)
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
