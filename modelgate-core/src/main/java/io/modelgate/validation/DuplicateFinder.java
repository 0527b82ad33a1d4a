package io.modelgate.validation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Finds repeated values (or rows) among any number of rows in bounded memory. Each row contributes a 64-bit hash
 * and its line; a full buffer is sorted and spilled to a temporary file, and the sorted runs are merged at the end,
 * so memory stays at the buffer's size whatever the number of rows (an external sort). A row is a duplicate when an
 * earlier line had the same hash; with 64-bit hashes, a false duplicate has a probability of about n²/2^65 (under
 * 10^-6 for 10^8 rows).
 */
final class DuplicateFinder implements AutoCloseable {
    /** One repeated row: its line and the line of the first row with the same value. */
    record Duplicate(long line, long firstLine) {}

    /** The number of duplicates and the first few of them by line. */
    record Result(long count, List<Duplicate> first) {}

    private final long[] hashes;
    private final long[] lines;
    private int size;
    private final List<Path> runs = new ArrayList<>();
    private final RadixSort sorter = new RadixSort();

    /**
     * Creates a finder.
     *
     * @param bufferEntries how many (hash, line) pairs to hold in memory before spilling; 16 bytes each
     */
    DuplicateFinder(final int bufferEntries) {
        hashes = new long[bufferEntries];
        lines = new long[bufferEntries];
    }

    void add(final long hash, final long line) {
        if (size == hashes.length) {
            spill();
        }
        hashes[size] = hash;
        lines[size] = line;
        size++;
    }

    /**
     * Finds the duplicates among everything added.
     *
     * @param maxExamples how many duplicates to return, those with the smallest lines
     * @return the count and the first duplicates
     */
    Result finish(final int maxExamples) {
        sorter.sort(hashes, lines, size);
        var examples = new PriorityQueue<Duplicate>(
                Comparator.comparingLong(Duplicate::line).reversed());
        long count = 0;
        List<Source> sources = new ArrayList<>();
        sources.add(new MemorySource(hashes, lines, size));
        try {
            for (Path run : runs) {
                sources.add(new FileSource(run));
            }
            var queue = new PriorityQueue<Source>(
                    Comparator.comparingLong(Source::hash).thenComparingLong(Source::line));
            for (Source source : sources) {
                if (source.advance()) {
                    queue.add(source);
                }
            }
            boolean first = true;
            long previousHash = 0;
            long firstLine = 0;
            while (!queue.isEmpty()) {
                Source source = queue.poll();
                long hash = source.hash();
                long line = source.line();
                if (!first && hash == previousHash) {
                    count++;
                    examples.add(new Duplicate(line, firstLine));
                    if (examples.size() > maxExamples) {
                        examples.poll();
                    }
                } else {
                    previousHash = hash;
                    firstLine = line;
                    first = false;
                }
                if (source.advance()) {
                    queue.add(source);
                }
            }
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot merge the spilled runs of a duplicate check", exception);
        } finally {
            sources.forEach(Source::close);
        }
        List<Duplicate> sorted = new ArrayList<>(examples);
        sorted.sort(Comparator.comparingLong(Duplicate::line));
        return new Result(count, sorted);
    }

    private void spill() {
        sorter.sort(hashes, lines, size);
        try {
            Path run = Files.createTempFile("modelgate-duplicates-", ".run");
            runs.add(run);
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
                for (int i = 0; i < size; i++) {
                    out.writeLong(hashes[i]);
                    out.writeLong(lines[i]);
                }
            }
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot spill a duplicate check to a temporary file", exception);
        }
        size = 0;
    }

    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException exception) {
                // a temporary file left behind is harmless and the OS cleans its temp folder
            }
        }
        runs.clear();
    }

    /** A sorted sequence of (hash, line) pairs. */
    private interface Source {
        boolean advance() throws IOException;

        long hash();

        long line();

        void close();
    }

    private static final class MemorySource implements Source {
        private final long[] hashes;
        private final long[] lines;
        private final int size;
        private int index = -1;

        MemorySource(final long[] hashes, final long[] lines, final int size) {
            this.hashes = hashes;
            this.lines = lines;
            this.size = size;
        }

        @Override
        public boolean advance() {
            return ++index < size;
        }

        @Override
        public long hash() {
            return hashes[index];
        }

        @Override
        public long line() {
            return lines[index];
        }

        @Override
        public void close() {}
    }

    private static final class FileSource implements Source {
        private final DataInputStream in;
        private long hash;
        private long line;

        FileSource(final Path run) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
        }

        @Override
        public boolean advance() throws IOException {
            try {
                hash = in.readLong();
                line = in.readLong();
                return true;
            } catch (EOFException exception) {
                return false;
            }
        }

        @Override
        public long hash() {
            return hash;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException exception) {
                // reading is over; nothing to recover
            }
        }
    }
}
