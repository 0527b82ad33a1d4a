package io.modelgate;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Finds test fixtures by convention: {@code fixtures/<feature>/<TestClass>/<name>} on the test classpath, where the
 * feature is the test's package below {@code io.modelgate} ({@code validation/pii} for {@code
 * io.modelgate.validation.pii}).
 */
public final class Fixtures {
    private Fixtures() {}

    /**
     * Returns the path of a fixture of a test class.
     *
     * @param testClass the test class that owns the fixture
     * @param name the fixture's file name
     * @return the path
     */
    public static Path of(final Class<?> testClass, final String name) {
        String packageName = testClass.getPackageName();
        String feature = packageName.substring("io.modelgate.".length()).replace('.', '/');
        String resource = "/fixtures/" + feature + "/" + testClass.getSimpleName() + "/" + name;
        URL url = testClass.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("No fixture " + resource + " on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException exception) {
            throw new IllegalArgumentException("Cannot read fixture " + resource, exception);
        }
    }
}
