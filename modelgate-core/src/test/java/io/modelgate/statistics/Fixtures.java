package io.modelgate.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a test class's fixtures from {@code fixtures/statistics/<TestClass>/}. */
final class Fixtures {
    private Fixtures() {}

    static JsonNode json(final Class<?> test, final String name) {
        String path = "/fixtures/statistics/" + test.getSimpleName() + "/" + name;
        try (InputStream in = test.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + path);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    static double[] doubles(final JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
