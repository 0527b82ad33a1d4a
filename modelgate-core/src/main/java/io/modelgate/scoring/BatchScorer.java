package io.modelgate.scoring;

import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.Values;
import io.modelgate.report.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores a CSV file with a model and writes the chosen input columns plus the prediction columns to another CSV
 * file, atomically. Output columns: the kept input columns, then {@code prediction} (the label, or the value of a
 * regression), then {@code probability(<class>)} for every class of a classifier.
 *
 * <p>Rows are streamed: the calling thread reads blocks of rows and writes results in input order, while
 * {@code threads} workers score blocks against the one shared evaluator. At most two blocks per worker are in
 * flight, so memory stays flat whatever the file size.
 */
public final class BatchScorer {
    private static final int CHUNK_ROWS = 512;

    private final PmmlModel model;
    private final int threads;
    private final List<String> keptColumns;
    private final ScoringEngine engine;

    /**
     * Creates a scorer on one thread that writes only the prediction columns.
     *
     * @param model the model
     */
    public BatchScorer(final PmmlModel model) {
        this(model, 1, List.of(), ScoringEngine.AUTO);
    }

    private BatchScorer(
            final PmmlModel model, final int threads, final List<String> keptColumns, final ScoringEngine engine) {
        this.model = model;
        this.threads = threads;
        this.keptColumns = List.copyOf(keptColumns);
        this.engine = engine;
    }

    /**
     * Returns a scorer that uses the given engine (default {@link ScoringEngine#AUTO}).
     *
     * @param scoringEngine the engine
     * @return the new scorer
     */
    public BatchScorer withEngine(final ScoringEngine scoringEngine) {
        return new BatchScorer(model, threads, keptColumns, scoringEngine);
    }

    /**
     * Returns a scorer that uses several threads.
     *
     * @param count the number of scoring threads, at least 1
     * @return the new scorer
     */
    public BatchScorer withThreads(final int count) {
        if (count < 1) {
            throw new IllegalArgumentException("The number of scoring threads must be at least 1, got " + count);
        }
        return new BatchScorer(model, count, keptColumns, engine);
    }

    /**
     * Returns a scorer that copies input columns into the output, before the prediction columns.
     *
     * @param columns the input columns to keep, in output order
     * @return the new scorer
     */
    public BatchScorer withColumns(final List<String> columns) {
        return new BatchScorer(model, threads, columns, engine);
    }

    /** @return the prediction columns this scorer writes after the kept columns */
    public List<String> predictionColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("prediction");
        model.classLabels().forEach(label -> columns.add("probability(" + label + ")"));
        return columns;
    }

    /**
     * Scores every row of a CSV file.
     *
     * @param input the CSV file with a header; columns are matched to input fields by name
     * @param output the CSV file to write; replaced atomically
     * @return rows scored, columns written, columns ignored, fingerprint of the input
     * @throws IOException when a file cannot be read or written
     * @throws DataFormatException when the input is malformed, lacks an input column or holds a value the model
     *     refuses (the message names file and line)
     */
    public BatchResult score(final Path input, final Path output) throws IOException {
        ModelScorer scorer = ModelScorer.select(model, engine, input);
        BatchResult result = score(input, output, scorer);
        if (scorer.auditFailure() == null) {
            return result;
        }
        if (engine == ScoringEngine.COMPILED) {
            throw new DataFormatException(
                    input.toString(),
                    0,
                    0,
                    "--engine compiled: the compiled form disagrees" + " with jpmml on an audited row: "
                            + scorer.auditFailure());
        }
        return score(
                input,
                output,
                ModelScorer.jpmml(
                        model,
                        engine,
                        "fell back to jpmml after the compiled form disagreed with it on an audited row: "
                                + scorer.auditFailure()));
    }

    private BatchResult score(final Path input, final Path output, final ModelScorer scorer) throws IOException {
        try (CsvReader reader = CsvReader.open(input)) {
            String name = input.toString();
            FieldMapping mapping = FieldMapping.of(model, reader.header(), name);
            int[] inputs = ModelScorer.columns(mapping);
            int[] kept = keptIndexes(reader.header(), name);
            List<String> columns = new ArrayList<>(keptColumns);
            columns.addAll(predictionColumns());
            AtomicFiles.write(output, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                CsvLine.write(writer, columns);
                if (threads == 1) {
                    for (RowChunk chunk; (chunk = RowChunk.read(reader, CHUNK_ROWS)) != null; ) {
                        writer.write(format(chunk, scorer, inputs, kept, name));
                    }
                } else {
                    scoreInParallel(reader, writer, scorer, inputs, kept, name);
                }
                writer.flush();
            });
            return new BatchResult(
                    reader.rows(), columns, mapping.ignoredColumns(), reader.fingerprint(), scorer.report());
        }
    }

    private void scoreInParallel(
            final CsvReader reader,
            final Writer writer,
            final ModelScorer scorer,
            final int[] inputs,
            final int[] kept,
            final String name)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "modelgate-scoring");
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<Future<String>> pending = new ArrayDeque<>();
        try {
            for (RowChunk chunk; (chunk = RowChunk.read(reader, CHUNK_ROWS)) != null; ) {
                RowChunk rows = chunk;
                pending.add(pool.submit(() -> format(rows, scorer, inputs, kept, name)));
                if (pending.size() >= 2 * threads) {
                    writer.write(await(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                writer.write(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String await(final Future<String> block) throws IOException {
        try {
            return block.get();
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Scoring was interrupted");
        } catch (ExecutionException exception) {
            if (exception.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Scoring failed: " + exception.getCause(), exception.getCause());
        }
    }

    private String format(
            final RowChunk chunk, final ModelScorer scorer, final int[] inputs, final int[] kept, final String name)
            throws IOException {
        SlotBatch batch = scorer.encode(chunk, inputs, scorer, null, null);
        ModelScorer.Scored scored = scorer.score(chunk, inputs, batch, name, "the model cannot score this row: ");
        List<String> classes = model.classLabels();
        StringWriter block = new StringWriter(chunk.size() * 64);
        List<String> fields = new ArrayList<>();
        for (int row = 0; row < chunk.size(); row++) {
            String[] values = chunk.values(row);
            fields.clear();
            for (int column : kept) {
                fields.add(values[column]);
            }
            if (classes.isEmpty()) {
                fields.add(CsvLine.number(scored.value(row, 0)));
            } else {
                int label = scored.labels()[row];
                fields.add(label < 0 ? null : classes.get(label));
                for (int k = 0; k < classes.size(); k++) {
                    fields.add(CsvLine.number(scored.value(row, k)));
                }
            }
            CsvLine.write(block, fields);
        }
        return block.toString();
    }

    private int[] keptIndexes(final List<String> header, final String name) {
        int[] indexes = new int[keptColumns.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < keptColumns.size(); i++) {
            indexes[i] = header.indexOf(keptColumns.get(i));
            if (indexes[i] < 0) {
                missing.add(keptColumns.get(i));
            }
            if (predictionColumns().contains(keptColumns.get(i))) {
                throw new IllegalArgumentException("The kept column '" + keptColumns.get(i)
                        + "' has the name of a prediction column; rename it in " + name);
            }
        }
        if (!missing.isEmpty()) {
            throw new DataFormatException(
                    name, 1, 0, "the columns to keep " + String.join(", ", missing) + " are not in the header");
        }
        return indexes;
    }

    /**
     * Scores the first rows of a CSV file and discards the results, so that the JIT and the evaluator's lazy caches
     * are warm before latency is measured.
     *
     * @param model the model
     * @param input a CSV file with the model's input columns
     * @param rows how many rows to score at most
     * @return how many rows were scored
     * @throws IOException when the file cannot be read
     */
    public static long warmUp(final PmmlModel model, final Path input, final long rows) throws IOException {
        try (CsvReader reader = CsvReader.open(input)) {
            FieldMapping mapping = FieldMapping.of(model, reader.header(), input.toString());
            Map<String, Object> arguments = new HashMap<>();
            long scored = 0;
            for (io.modelgate.data.Row row; scored < rows && (row = reader.next()) != null; scored++) {
                for (int i = 0; i < mapping.inputs().size(); i++) {
                    String value = row.get(mapping.column(i));
                    arguments.put(mapping.inputs().get(i), Values.isMissing(value) ? null : value);
                }
                model.score(arguments);
            }
            return scored;
        }
    }
}
