package io.modelgate.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The SHA-256 of every evidence JSON file in a folder, by file name: what a version was registered on. */
final class EvidenceDigests {
    private EvidenceDigests() {}

    static Map<String, String> of(final Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        if (folder == null) {
            return digests;
        }
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such evidence folder");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .toList();
        }
        for (Path file : files) {
            digests.put(file.getFileName().toString(), Digests.of(file));
        }
        return digests;
    }
}
