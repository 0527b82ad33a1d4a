package io.modelgate.monitoring;

import io.modelgate.data.ColumnType;
import io.modelgate.data.Row;
import io.modelgate.drift.DatasetProfile;
import io.modelgate.drift.DriftProfiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded credit-risk traffic in the request log's format: applications with an id, age, income and region, scored by
 * a fixed logistic model, with labels drawn from the same model, so it is well calibrated. From the drift day on,
 * incomes fall and the regions shift; from the concept day on, labels follow another model (the model's AUC drops).
 */
final class SyntheticTraffic {
    static final long START = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
    static final long DAY = 86_400_000L;
    static final List<String> COLUMNS = List.of("application_id", "age", "income", "region");
    static final Map<String, ColumnType> FEATURES = features();
    private static final String[] REGIONS = {"north", "south", "east", "west"};

    private final List<LoggedRequest> requests = new ArrayList<>();
    private final List<String[]> labels = new ArrayList<>();
    private final SplittableRandom random;
    private int next = 1;

    SyntheticTraffic(final long seed) {
        random = new SplittableRandom(seed);
    }

    private static Map<String, ColumnType> features() {
        Map<String, ColumnType> features = new LinkedHashMap<>();
        features.put("age", ColumnType.INTEGER);
        features.put("income", ColumnType.DOUBLE);
        features.put("region", ColumnType.STRING);
        return java.util.Collections.unmodifiableMap(features);
    }

    /** Adds a day of traffic. */
    SyntheticTraffic day(final int day, final int requests, final boolean drifted, final boolean concept) {
        long start = START + day * DAY;
        for (int i = 0; i < requests; i++) {
            long timestamp = start + (long) ((i + random.nextDouble()) * DAY / requests);
            add(timestamp, drifted, concept);
        }
        return this;
    }

    private void add(final long timestamp, final boolean drifted, final boolean concept) {
        int age = 18 + (int) Math.round(Math.abs(random.nextGaussian() * 12 + 22));
        double income = Math.round(Math.exp(10.8 + 0.4 * random.nextGaussian() - (drifted ? 0.5 : 0)) * 100) / 100.0;
        double u = random.nextDouble();
        String region = drifted ? REGIONS[u < 0.55 ? 0 : u < 0.7 ? 1 : u < 0.85 ? 2 : 3] : REGIONS[(int) (u * 4)];
        double score = sigmoid(-1.2 + 0.06 * (age - 40) - 0.00003 * (income - 50_000));
        double truth = concept ? sigmoid(-1.2 - 0.06 * (age - 40)) : score;
        String id = "A" + next;
        String requestId = "r-" + next++;
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("application_id", id);
        inputs.put("age", age);
        inputs.put("income", income);
        inputs.put("region", region);
        requests.add(new LoggedRequest(
                timestamp,
                requestId,
                "credit-risk",
                "3",
                inputs,
                score >= 0.5 ? "1" : "0",
                Map.of("0", 1 - score, "1", score),
                Double.NaN,
                800));
        labels.add(new String[] {id, requestId, random.nextDouble() < truth ? "1" : "0"});
    }

    private static double sigmoid(final double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    List<LoggedRequest> requests() {
        return requests;
    }

    /** Writes the log, rotating every so many lines. */
    Path writeLog(final Path directory, final long linesPerFile, final boolean gzip) throws IOException {
        try (RequestLogWriter writer = new RequestLogWriter(directory, linesPerFile, gzip)) {
            for (LoggedRequest request : requests) {
                writer.write(request);
            }
        }
        return directory;
    }

    /** Writes the labels of every n-th request as {@code application_id,request_id,default}. */
    Path writeLabels(final Path file, final int every) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("application_id,request_id,default");
            for (int i = 0; i < labels.size(); i += every) {
                out.println(String.join(",", labels.get(i)));
            }
        }
        return file;
    }

    /** Profiles a reference sample of stable traffic, as the training data would be. */
    static DatasetProfile[] reference(final int rows, final long seed) {
        SyntheticTraffic traffic = new SyntheticTraffic(seed).day(0, rows, false, false);
        DriftProfiler inputs = new DriftProfiler(FEATURES);
        PredictionColumns columns = PredictionColumns.classification("1");
        DriftProfiler predictions = new DriftProfiler(columns.columns());
        inputs.start(List.copyOf(FEATURES.keySet()));
        predictions.start(List.copyOf(columns.columns().keySet()));
        long line = 2;
        for (LoggedRequest request : traffic.requests) {
            inputs.accept(Row.of(
                    line,
                    String.valueOf(request.inputs().get("age")),
                    String.valueOf(request.inputs().get("income")),
                    String.valueOf(request.inputs().get("region"))));
            predictions.accept(Row.of(
                    line++,
                    columns.values(
                            request.label(), Double.NaN, request.probabilities().get("1"))));
        }
        return new DatasetProfile[] {inputs.profile(), predictions.profile()};
    }
}
