package io.modelgate.cli.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Copies the sample project bundled in the command-line jar (or on the class path in tests) into a folder. */
final class SampleProject {
    private SampleProject() {}

    /**
     * Copies a bundled sample.
     *
     * @param name the sample's folder under {@code samples/}, e.g. {@code credit-risk}
     * @param target the folder to copy it into
     * @throws IOException when it cannot be copied
     */
    static void extract(final String name, final Path target) throws IOException {
        URL url = SampleProject.class.getResource("/samples/" + name);
        if (url == null) {
            throw new IOException("The sample '" + name + "' is not bundled with this build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.getPath("/samples/" + name), target);
                }
            } else {
                copy(Path.of(uri), target);
            }
        } catch (URISyntaxException exception) {
            throw new IOException("Cannot locate the bundled sample " + name, exception);
        }
    }

    private static void copy(final Path source, final Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
