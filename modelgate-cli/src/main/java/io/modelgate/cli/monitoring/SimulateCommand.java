package io.modelgate.cli.monitoring;

import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.Row;
import io.modelgate.data.Values;
import io.modelgate.monitoring.LoggedRequest;
import io.modelgate.monitoring.RequestLogWriter;
import io.modelgate.scoring.ModelField;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code modelgate monitor simulate}: writes the request log a scoring service would have written for the rows of a
 * CSV file, scored by a PMML model and spread evenly over a period, plus the labels that arrive later. For demos and
 * tests: run it once for a stable month and once for a drifted one to get both periods in one log.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Scores every row of a CSV file with a PMML model and writes the request log a scoring service would have"
                    + " written (one JSON line per request, spread evenly over --days from --start), and appends the"
                    + " rows' true values to a labels CSV (key, request_id, target). Rows the model refuses or cannot"
                    + " score (missing inputs) are skipped, as the service would answer them with an error.",
            "Exit codes: 0 written, 2 usage or input error."
        })
public final class SimulateCommand implements Callable<Integer> {
    private static final long DAY = Duration.ofDays(1).toMillis();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pmml", required = true, paramLabel = "FILE", description = "The model that serves.")
    Path pmml;

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "The requests' rows.")
    Path data;

    @Option(names = "--log", required = true, paramLabel = "DIR", description = "The request log folder to add to.")
    Path log;

    @Option(
            names = "--start",
            required = true,
            paramLabel = "TIME",
            description = "ISO-8601 time of the first request.")
    Instant start;

    @Option(
            names = "--days",
            paramLabel = "N",
            defaultValue = "1",
            description = "Days the requests span (default: 1).")
    double days;

    @Option(names = "--key", paramLabel = "COLUMN", description = "A business key column to log with the inputs.")
    String key;

    @Option(names = "--target", paramLabel = "COLUMN", description = "The true value's column, for the labels file.")
    String target;

    @Option(names = "--labels", paramLabel = "CSV", description = "The labels file to append to (needs --target).")
    Path labels;

    @Option(names = "--rotate", paramLabel = "LINES", defaultValue = "100000", description = "Lines per log file.")
    long rotate;

    @Option(names = "--gzip", description = "Compress the log files.")
    boolean gzip;

    @Option(names = "--model-name", paramLabel = "NAME", defaultValue = "", description = "Model name to log.")
    String modelName;

    @Option(names = "--model-version", paramLabel = "VERSION", defaultValue = "1", description = "Version to log.")
    String modelVersion;

    @Override
    public Integer call() throws Exception {
        if (labels != null && target == null || !(days > 0)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--labels needs --target, and --days must be positive");
        }
        PmmlModel model = PmmlModel.load(pmml);
        String name = modelName.isEmpty() ? model.name() : modelName;
        String prefix = data.getFileName().toString().replaceFirst("\\.csv(\\.gz)?$", "");
        long rows;
        try (CsvReader counter = CsvReader.open(data)) {
            while (counter.next() != null) {
                // counting, to spread the requests evenly
            }
            rows = counter.rows();
        }
        long written = 0;
        long refused = 0;
        try (CsvReader reader = CsvReader.open(data);
                RequestLogWriter writer = new RequestLogWriter(log, rotate, gzip);
                BufferedWriter labelsOut = labelsWriter()) {
            int keyIndex = column(reader.header(), key);
            int targetIndex = column(reader.header(), target);
            Row row;
            while ((row = reader.next()) != null) {
                Map<String, Object> inputs = inputs(model, reader.header(), row, keyIndex);
                Prediction prediction;
                try {
                    prediction = model.score(inputs);
                } catch (IllegalArgumentException refusedRow) {
                    refused++;
                    continue;
                }
                if (prediction.label() == null && Double.isNaN(prediction.value())) {
                    refused++;
                    continue;
                }
                long timestamp = start.toEpochMilli() + (long) ((row.index() + 0.5) * days * DAY / rows);
                String requestId = prefix + "-" + (row.index() + 1);
                writer.write(new LoggedRequest(
                        timestamp,
                        requestId,
                        name,
                        modelVersion,
                        inputs,
                        prediction.label(),
                        prediction.probabilities(),
                        prediction.value(),
                        -1));
                if (labelsOut != null) {
                    labelsOut.write(csv(keyIndex < 0 ? "" : row.get(keyIndex)) + "," + csv(requestId) + ","
                            + csv(row.get(targetIndex)) + "\n");
                }
                written++;
            }
        }
        spec.commandLine()
                .getOut()
                .println("[simulate] " + written + " requests written to " + log + ", " + refused
                        + " refused by the model" + (labels == null ? "" : "; labels appended to " + labels));
        return 0;
    }

    private BufferedWriter labelsWriter() throws IOException {
        if (labels == null) {
            return null;
        }
        boolean fresh = !Files.exists(labels) || Files.size(labels) == 0;
        BufferedWriter out = Files.newBufferedWriter(
                labels, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (fresh) {
            out.write(csv(key == null ? "key" : key) + ",request_id," + csv(target) + "\n");
        }
        return out;
    }

    private int column(final List<String> header, final String column) {
        if (column == null) {
            return -1;
        }
        int index = header.indexOf(column);
        if (index < 0) {
            throw new DataFormatException(data, 1, 0, "column '" + column + "' is not in the header " + header);
        }
        return index;
    }

    private static Map<String, Object> inputs(
            final PmmlModel model, final List<String> header, final Row row, final int keyIndex) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        if (keyIndex >= 0) {
            inputs.put(header.get(keyIndex), row.get(keyIndex));
        }
        for (ModelField field : model.inputFields()) {
            int index = header.indexOf(field.name());
            String text = index < 0 ? "" : row.get(index);
            Double number = "continuous".equals(field.opType()) && !text.isEmpty() ? Values.parseDouble(text) : null;
            inputs.put(field.name(), text.isEmpty() ? null : number != null ? (Object) number : text);
        }
        return inputs;
    }

    private static String csv(final String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
