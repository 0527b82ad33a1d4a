package io.modelgate.monitoring;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the rotated files of a request log in the order they were written: by the opening time in their names, then
 * by the rotation counter. Other files in the folder are ignored.
 */
final class LogFiles {
    private LogFiles() {}

    /**
     * Lists the log files of a folder.
     *
     * @param directory the folder
     * @return the files, oldest first
     * @throws IOException when the folder cannot be listed
     * @throws DataFormatException when it is not a folder
     */
    static List<Path> list(final Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new DataFormatException(
                    directory, 0, 0, "not a folder of request logs (requests-YYYYMMDD-HHmmss-N.jsonl[.gz])");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> RequestLogFormat.FILE_NAME
                            .matcher(file.getFileName().toString())
                            .matches())
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparingLong(LogFiles::openedAt)
                            .thenComparingLong(file -> RequestLogFormat.counter(name(file)))
                            .thenComparing(LogFiles::name))
                    .toList();
        }
    }

    static long openedAt(final Path file) {
        return RequestLogFormat.openedAt(name(file));
    }

    static boolean isGzip(final Path file) {
        return name(file).endsWith(".gz");
    }

    private static String name(final Path file) {
        return file.getFileName().toString();
    }
}
