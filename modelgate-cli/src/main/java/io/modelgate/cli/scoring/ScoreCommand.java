package io.modelgate.cli.scoring;

import io.modelgate.cli.RegistryOption;
import io.modelgate.scoring.BatchResult;
import io.modelgate.scoring.BatchScorer;
import io.modelgate.scoring.EngineReport;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.ScoringEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code modelgate score}: batch scoring of a CSV file with a PMML model, streaming, on several threads. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Scores every row of a CSV file with a PMML model (loaded with XML hardening and verified against its own"
                    + " verification records) and writes the kept columns, the prediction and the class probabilities"
                    + " to a new CSV file, in input order. Streams: memory does not grow with the file.",
            "Exit codes: 0 scored, 2 usage or input error (an unreadable or hostile model, a missing input column,"
                    + " a row the model cannot score)."
        })
public final class ScoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--model",
            required = true,
            paramLabel = "PMML",
            description = "The PMML model: a file or models:/NAME@ALIAS or models:/NAME/VERSION.")
    String model;

    @Option(names = "--input", required = true, paramLabel = "CSV", description = "The rows to score (.gz too).")
    Path input;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "CSV",
            description = "Where to write the predictions (written atomically).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: the number of cores).")
    Integer threads;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "auto",
            description = "Scoring engine: auto (default: the compiled form when it compiles and agrees with jpmml on"
                    + " the input's first rows, else jpmml), compiled or jpmml.")
    String engine;

    @Option(
            names = "--keep",
            paramLabel = "COLUMN",
            split = ",",
            description = "Input columns to copy to the output, e.g. an id (default: none).")
    List<String> keep = List.of();

    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing on success.")
    boolean quiet;

    @picocli.CommandLine.Mixin
    RegistryOption models;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        ScoringEngine scoringEngine;
        try {
            scoringEngine = ScoringEngine.parse(engine);
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), "--engine: " + exception.getMessage(), exception);
        }
        PmmlModel loaded = PmmlModel.load(models.resolve(model));
        int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        long scoring = System.nanoTime();
        BatchResult result = new BatchScorer(loaded)
                .withColumns(keep)
                .withThreads(count)
                .withEngine(scoringEngine)
                .score(input, output);
        if (!quiet) {
            PrintWriter out = spec.commandLine().getOut();
            long finished = System.nanoTime();
            double seconds = (finished - scoring) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "[score] scored %d rows of %s with %s (%s, sha256 %s...) on %d threads in %.2f s"
                            + " (%.0f rows/s; loading took %.2f s); wrote %s%n",
                    result.rows(),
                    input,
                    model,
                    loaded.function().name().toLowerCase(Locale.ROOT),
                    loaded.hash().substring(0, 12),
                    count,
                    seconds,
                    result.rows() / seconds,
                    (scoring - started) / 1e9,
                    output);
            EngineReport used = result.engine();
            out.printf(
                    Locale.ROOT,
                    "[score] engine %s (asked: %s): %s; %d rows scored by jpmml%n",
                    used.engine(),
                    used.requested().key(),
                    used.reason(),
                    used.jpmmlRows());
            if (!result.ignoredColumns().isEmpty()) {
                out.println("[score] columns the model does not use: " + String.join(", ", result.ignoredColumns()));
            }
            out.flush();
        }
        return 0;
    }
}
