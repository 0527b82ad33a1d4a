package io.modelgate.scoring;

import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.Values;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores a labelled holdout with the candidate and, when there is one, the champion, in one read and on several
 * threads, keeping rows paired and in order. Binary classifiers and regressions only: the comparison needs one number
 * per row and model. The models must agree on the kind and, for classifiers, on the two classes; every target value
 * must be a class the models know (or a number, for a regression).
 */
public final class HoldoutScoring {
    private static final int CHUNK_ROWS = 1024;

    private final PmmlModel candidate;
    private final PmmlModel champion;
    private final String target;
    private final List<String> sliceColumns;
    private final int threads;
    private final ScoringEngine engine;

    /**
     * Prepares the scoring.
     *
     * @param candidate the candidate model
     * @param champion the champion model, or {@code null}
     * @param target the holdout's target column
     * @param sliceColumns columns whose values define slices
     * @param threads scoring threads, at least 1
     */
    public HoldoutScoring(
            final PmmlModel candidate,
            final PmmlModel champion,
            final String target,
            final List<String> sliceColumns,
            final int threads) {
        this(candidate, champion, target, sliceColumns, threads, ScoringEngine.AUTO);
    }

    private HoldoutScoring(
            final PmmlModel candidate,
            final PmmlModel champion,
            final String target,
            final List<String> sliceColumns,
            final int threads,
            final ScoringEngine engine) {
        this.candidate = Objects.requireNonNull(candidate, "candidate");
        this.champion = champion;
        this.target = target;
        this.sliceColumns = List.copyOf(sliceColumns);
        this.threads = Math.max(1, threads);
        this.engine = Objects.requireNonNull(engine, "engine");
        checkKinds();
    }

    /**
     * Returns a scoring that uses the given engine (default {@link ScoringEngine#AUTO}).
     *
     * @param scoringEngine the engine
     * @return the new scoring
     */
    public HoldoutScoring withEngine(final ScoringEngine scoringEngine) {
        return new HoldoutScoring(candidate, champion, target, sliceColumns, threads, scoringEngine);
    }

    private void checkKinds() {
        String problem = kindProblem(candidate);
        if (problem == null && champion != null) {
            problem = kindProblem(champion);
            if (problem == null && !champion.classLabels().equals(candidate.classLabels())) {
                problem = "the champion's classes " + champion.classLabels() + " differ from the candidate's "
                        + candidate.classLabels();
            }
            if (problem == null && champion.function() != candidate.function()) {
                problem = "the champion is a " + champion.function() + " model, the candidate a " + candidate.function()
                        + " model";
            }
        }
        if (problem != null) {
            throw new DataFormatException(candidate.file(), 0, 0, problem);
        }
    }

    private static String kindProblem(final PmmlModel model) {
        if (model.function() == ModelFunction.CLASSIFICATION
                && model.classLabels().size() != 2) {
            return model.file() + " is a classifier of " + model.classLabels().size()
                    + " classes; comparison supports binary classifiers and regressions";
        }
        return null;
    }

    /**
     * Scores the holdout.
     *
     * @param holdout the labelled CSV file
     * @return the paired predictions
     * @throws IOException when it cannot be read
     * @throws DataFormatException when a column is missing, a label is unknown or a row cannot be scored
     */
    public HoldoutScores score(final Path holdout) throws IOException {
        ModelScorer[] scorers = select(holdout);
        ModelScorer first = scorers[0];
        ModelScorer second = scorers[1];
        HoldoutScores scores = score(holdout, first, second);
        String failure =
                first.auditFailure() != null ? first.auditFailure() : second == null ? null : second.auditFailure();
        if (failure == null) {
            return scores;
        }
        if (engine == ScoringEngine.COMPILED) {
            throw new DataFormatException(
                    holdout.toString(),
                    0,
                    0,
                    "--engine compiled: the compiled form disagrees" + " with jpmml on an audited row: " + failure);
        }
        String reason = "fell back to jpmml after the compiled form disagreed with it on an audited row: " + failure;
        return score(
                holdout,
                ModelScorer.jpmml(candidate, engine, reason),
                champion == null ? null : ModelScorer.jpmml(champion, engine, reason));
    }

    /** Compiles and self-checks the candidate and the champion at the same time: each takes a second or more. */
    private ModelScorer[] select(final Path holdout) throws IOException {
        if (champion == null || threads < 2) {
            return new ModelScorer[] {
                ModelScorer.select(candidate, engine, holdout),
                champion == null ? null : ModelScorer.select(champion, engine, holdout)
            };
        }
        ExecutorService pool = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "modelgate-select");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<ModelScorer> other = pool.submit(() -> ModelScorer.select(champion, engine, holdout));
            ModelScorer first = ModelScorer.select(candidate, engine, holdout);
            return new ModelScorer[] {first, await(other)};
        } finally {
            pool.shutdownNow();
        }
    }

    private HoldoutScores score(final Path holdout, final ModelScorer first, final ModelScorer second)
            throws IOException {
        String name = holdout.toString();
        try (CsvReader reader = CsvReader.open(holdout)) {
            List<String> header = reader.header();
            int targetColumn = column(header, target, name);
            int[] slices = sliceColumns.stream()
                    .mapToInt(column -> column(header, column, name))
                    .toArray();
            int[] candidateInputs = ModelScorer.columns(FieldMapping.of(candidate, header, name));
            int[] championInputs =
                    champion == null ? null : ModelScorer.columns(FieldMapping.of(champion, header, name));
            var parts = new ArrayList<ChunkScores>();
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "modelgate-holdout");
                thread.setDaemon(true);
                return thread;
            });
            try {
                ArrayDeque<Future<ChunkScores>> pending = new ArrayDeque<>();
                for (RowChunk chunk; (chunk = RowChunk.read(reader, CHUNK_ROWS)) != null; ) {
                    RowChunk rows = chunk;
                    pending.add(pool.submit(() -> scoreChunk(
                            rows, targetColumn, slices, first, candidateInputs, second, championInputs, name)));
                    if (pending.size() >= 2 * threads) {
                        parts.add(await(pending.poll()));
                    }
                }
                while (!pending.isEmpty()) {
                    parts.add(await(pending.poll()));
                }
            } finally {
                pool.shutdownNow();
            }
            List<EngineReport> engines = new ArrayList<>();
            engines.add(first.report());
            if (second != null) {
                engines.add(second.report());
            }
            return assemble(parts, reader, engines);
        }
    }

    private static int column(final List<String> header, final String column, final String name) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new DataFormatException(
                    name, 1, 0, "column '" + column + "' is not in the header (" + String.join(", ", header) + ")");
        }
        return index;
    }

    private ChunkScores scoreChunk(
            final RowChunk chunk,
            final int targetColumn,
            final int[] slices,
            final ModelScorer first,
            final int[] candidateInputs,
            final ModelScorer second,
            final int[] championInputs,
            final String name) {
        var scores = new ChunkScores(chunk.size(), slices.length, second != null);
        for (int row = 0; row < chunk.size(); row++) {
            String[] values = chunk.values(row);
            scores.actual[row] = checkedTarget(values[targetColumn], chunk.line(row), name);
            for (int s = 0; s < slices.length; s++) {
                scores.slices[s][row] = values[slices[s]];
            }
        }
        SlotBatch parsed = first.encode(chunk, candidateInputs, first, null, null);
        predict(
                first,
                first.score(chunk, candidateInputs, parsed, name, problem(candidate)),
                chunk,
                scores.candidate,
                name);
        if (second != null) {
            SlotBatch shared = second.encode(chunk, championInputs, first, candidateInputs, parsed);
            predict(
                    second,
                    second.score(chunk, championInputs, shared, name, problem(champion)),
                    chunk,
                    scores.champion,
                    name);
        }
        return scores;
    }

    private String checkedTarget(final String value, final long line, final String name) {
        if (Values.isMissing(value)) {
            throw new DataFormatException(name, line, 0, "the target '" + target + "' has no value");
        }
        if (candidate.function() == ModelFunction.CLASSIFICATION
                && !candidate.classLabels().contains(value)) {
            throw new DataFormatException(
                    name,
                    line,
                    0,
                    "the target '" + target + "' is '" + value + "', which is not one of the model's classes "
                            + candidate.classLabels());
        }
        if (candidate.function() == ModelFunction.REGRESSION && Values.parseDouble(value) == null) {
            throw new DataFormatException(
                    name, line, 0, "the target '" + target + "' is '" + value + "', which is not a number");
        }
        return value;
    }

    private static String problem(final PmmlModel model) {
        return model.file() + " cannot score this row: ";
    }

    private static void predict(
            final ModelScorer scorer,
            final ModelScorer.Scored scored,
            final RowChunk chunk,
            final double[] into,
            final String name) {
        PmmlModel model = scorer.model();
        boolean regression = model.function() == ModelFunction.REGRESSION;
        for (int row = 0; row < chunk.size(); row++) {
            double result = regression ? scored.value(row, 0) : scored.value(row, 1);
            if (Double.isNaN(result)) {
                throw new DataFormatException(
                        name,
                        chunk.line(row),
                        0,
                        model.file() + " gives no prediction for this row (a missing value the model cannot handle?)");
            }
            into[row] = result;
        }
    }

    private static <T> T await(final Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Scoring the holdout was interrupted");
        } catch (ExecutionException exception) {
            if (exception.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (exception.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Scoring the holdout failed: " + exception.getCause(), exception.getCause());
        }
    }

    private HoldoutScores assemble(
            final List<ChunkScores> parts, final CsvReader reader, final List<EngineReport> engines) {
        int rows = parts.stream().mapToInt(part -> part.actual.length).sum();
        String[] actual = new String[rows];
        double[] first = new double[rows];
        double[] second = champion == null ? null : new double[rows];
        Map<String, String[]> slices = new LinkedHashMap<>();
        sliceColumns.forEach(column -> slices.put(column, new String[rows]));
        int position = 0;
        for (ChunkScores part : parts) {
            int size = part.actual.length;
            System.arraycopy(part.actual, 0, actual, position, size);
            System.arraycopy(part.candidate, 0, first, position, size);
            if (second != null) {
                System.arraycopy(part.champion, 0, second, position, size);
            }
            for (int s = 0; s < sliceColumns.size(); s++) {
                System.arraycopy(part.slices[s], 0, slices.get(sliceColumns.get(s)), position, size);
            }
            position += size;
        }
        return new HoldoutScores(reader.fingerprint(), candidate.classLabels(), actual, first, second, slices, engines);
    }

    /** The scores of one chunk of rows. */
    private static final class ChunkScores {
        private final String[] actual;
        private final double[] candidate;
        private final double[] champion;
        private final String[][] slices;

        ChunkScores(final int rows, final int sliceCount, final boolean withChampion) {
            actual = new String[rows];
            candidate = new double[rows];
            champion = withChampion ? new double[rows] : null;
            slices = new String[sliceCount][rows];
        }
    }
}
