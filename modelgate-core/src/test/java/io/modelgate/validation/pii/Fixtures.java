package io.modelgate.validation.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the tab-separated known answers under {@code fixtures/validation/pii/<TestClass>/}. */
final class Fixtures {
    private Fixtures() {}

    static List<String[]> tsv(final Class<?> test, final String name) {
        String path = "/fixtures/validation/pii/" + test.getSimpleName() + "/" + name;
        InputStream stream = test.getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("missing fixture " + path);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#"))
                    .skip(1)
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
