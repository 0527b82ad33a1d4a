package io.modelgate.scoring;

import io.modelgate.data.DataFormatException;
import io.modelgate.data.Values;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Scores blocks of CSV rows with one model on the engine chosen for it (see {@link ScoringEngine}). With the compiled
 * engine, rows it leaves to jpmml are scored by jpmml, and one row in {@value #AUDIT_INTERVAL} (by line number) is
 * scored by both and compared; a disagreement is kept in {@link #auditFailure()} so that the caller can score the file
 * again with jpmml. Thread-safe: blocks may be scored on several threads; the counters are shared.
 */
final class ModelScorer {
    /** Rows of the data the compiled engine is checked on before it is used. */
    static final int CHECK_ROWS = 500;
    /** One row in this many is compared with jpmml during the run. */
    static final int AUDIT_INTERVAL = 997;

    private final PmmlModel model;
    private final CompiledModel compiled;
    private final ScoringEngine requested;
    private final String reason;
    private final long checkedRows;
    private final double maxRelativeDifference;
    private final List<String> inputs;
    private final LongAdder rows = new LongAdder();
    private final LongAdder jpmmlRows = new LongAdder();
    private final LongAdder auditedRows = new LongAdder();
    private final AtomicReference<String> auditFailure = new AtomicReference<>();

    private ModelScorer(
            final PmmlModel model,
            final CompiledModel compiled,
            final ScoringEngine requested,
            final String reason,
            final long checkedRows,
            final double maxRelativeDifference) {
        this.model = model;
        this.compiled = compiled;
        this.requested = requested;
        this.reason = reason;
        this.checkedRows = checkedRows;
        this.maxRelativeDifference = maxRelativeDifference;
        this.inputs = model.inputFields().stream().map(ModelField::name).toList();
    }

    /**
     * Chooses the engine for a model and the data it will score: jpmml when asked; otherwise the compiled form, if
     * the model compiles and agrees with jpmml on the data's first {@value #CHECK_ROWS} rows.
     *
     * @param model the model
     * @param engine the engine asked for
     * @param data the CSV file to be scored
     * @return the scorer
     * @throws IOException when the data cannot be read
     * @throws DataFormatException when {@link ScoringEngine#COMPILED} was asked for and the model does not compile or
     *     disagrees with jpmml
     */
    static ModelScorer select(final PmmlModel model, final ScoringEngine engine, final Path data) throws IOException {
        if (engine == ScoringEngine.JPMML) {
            return jpmml(model, engine, "jpmml was asked for");
        }
        CompiledModel compiled;
        try {
            compiled = ModelCompiler.compile(model);
        } catch (NotCompilableException exception) {
            return refuse(model, engine, "the compiled engine does not implement " + exception.getMessage());
        }
        SelfCheck check = SelfCheck.run(model, compiled, data, CHECK_ROWS);
        if (check.disagreement() != null) {
            return refuse(model, engine, "the compiled form disagrees with jpmml: " + check.disagreement());
        }
        return new ModelScorer(
                model,
                compiled,
                engine,
                "compiled " + compiled.describe() + "; agreed with jpmml on " + check.compared() + " of the first "
                        + check.rows() + " rows",
                check.compared(),
                check.maxRelativeDifference());
    }

    static ModelScorer jpmml(final PmmlModel model, final ScoringEngine requested, final String reason) {
        return new ModelScorer(model, null, requested, reason, 0, 0);
    }

    private static ModelScorer refuse(final PmmlModel model, final ScoringEngine engine, final String reason) {
        if (engine == ScoringEngine.COMPILED) {
            throw new DataFormatException(model.file(), 0, 0, "--engine compiled: " + reason);
        }
        return jpmml(model, engine, reason);
    }

    PmmlModel model() {
        return model;
    }

    boolean isCompiled() {
        return compiled != null;
    }

    /** @return the first disagreement the audit found, or {@code null} */
    String auditFailure() {
        return auditFailure.get();
    }

    EngineReport report() {
        return new EngineReport(
                model.file(),
                requested,
                compiled == null ? "jpmml" : "compiled",
                reason,
                checkedRows,
                maxRelativeDifference,
                rows.sum(),
                jpmmlRows.sum(),
                auditedRows.sum());
    }

    /**
     * Parses a block's inputs for the compiled engine, reusing another scorer's parsed block when both models read
     * the same columns the same way.
     *
     * @return the batch, or {@code null} for jpmml
     */
    SlotBatch encode(
            final RowChunk chunk,
            final int[] columns,
            final ModelScorer other,
            final int[] otherColumns,
            final SlotBatch parsed) {
        if (compiled == null) {
            return null;
        }
        if (parsed != null && other.compiled.sharesInputs(compiled) && Arrays.equals(columns, otherColumns)) {
            return compiled.copyInputs(parsed);
        }
        return compiled.encode(chunk, columns);
    }

    /**
     * Scores a block.
     *
     * @param chunk the rows
     * @param columns the CSV column of every input field
     * @param batch the block parsed by {@link #encode}, or {@code null}
     * @param data the CSV file, for messages
     * @param problem the start of the message when a row cannot be scored
     * @return per row the class probabilities in class order (or the value) and the predicted class
     * @throws DataFormatException when jpmml refuses a row
     */
    Scored score(
            final RowChunk chunk, final int[] columns, final SlotBatch batch, final String data, final String problem) {
        int width = model.classLabels().isEmpty() ? 1 : model.classLabels().size();
        Scored scored = new Scored(width, new double[chunk.size() * width], new int[chunk.size()]);
        if (batch != null) {
            compiled.score(batch, scored.values(), scored.labels());
        }
        Map<String, Object> arguments = new HashMap<>();
        Agreement agreement = new Agreement();
        long delegated = 0;
        for (int row = 0; row < chunk.size(); row++) {
            boolean viaJpmml = batch == null || batch.delegated[row];
            if (!viaJpmml && chunk.line(row) % AUDIT_INTERVAL != 0) {
                continue;
            }
            Prediction prediction = jpmml(chunk, row, columns, arguments, data, problem);
            if (viaJpmml) {
                delegated += batch == null ? 0 : 1;
                fill(prediction, scored, row);
            } else {
                auditedRows.increment();
                String difference = SelfCheck.difference(model, prediction, scored, row, agreement);
                if (difference != null) {
                    auditFailure.compareAndSet(null, data + ":" + chunk.line(row) + ": " + difference);
                }
            }
        }
        rows.add(chunk.size());
        jpmmlRows.add(delegated);
        return scored;
    }

    private Prediction jpmml(
            final RowChunk chunk,
            final int row,
            final int[] columns,
            final Map<String, Object> arguments,
            final String data,
            final String problem) {
        arguments.clear();
        String[] values = chunk.values(row);
        for (int i = 0; i < columns.length; i++) {
            String value = values[columns[i]];
            arguments.put(inputs.get(i), value == null || Values.isMissing(value) ? null : value);
        }
        try {
            return model.score(arguments);
        } catch (IllegalArgumentException exception) {
            throw new DataFormatException(data, chunk.line(row), 0, problem + exception.getMessage());
        }
    }

    private void fill(final Prediction prediction, final Scored scored, final int row) {
        List<String> classes = model.classLabels();
        if (classes.isEmpty()) {
            scored.values()[row] = prediction.value();
            return;
        }
        for (int k = 0; k < classes.size(); k++) {
            scored.values()[row * classes.size() + k] = prediction.probability(classes.get(k));
        }
        scored.labels()[row] = prediction.label() == null ? -1 : classes.indexOf(prediction.label());
    }

    /**
     * The results of one block.
     *
     * @param width numbers per row
     * @param values the class probabilities in class order, or the predicted value, per row
     * @param labels the index of the predicted class per row, −1 when there is none
     */
    record Scored(int width, double[] values, int[] labels) {
        double value(final int row, final int k) {
            return values[row * width + k];
        }
    }

    static int[] columns(final FieldMapping mapping) {
        int[] columns = new int[mapping.inputs().size()];
        Arrays.setAll(columns, mapping::column);
        return columns;
    }
}
