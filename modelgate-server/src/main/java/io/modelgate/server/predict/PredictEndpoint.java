package io.modelgate.server.predict;

import io.modelgate.scoring.Prediction;
import io.modelgate.server.http.ApiError;
import io.modelgate.server.http.ApiRequest;
import io.modelgate.server.http.ApiResponse;
import io.modelgate.server.http.Endpoint;
import io.modelgate.server.metrics.ServerMetrics;
import io.modelgate.server.model.ActiveModel;
import io.modelgate.server.model.ServedModel;
import io.modelgate.server.requestlog.RequestLog;
import io.modelgate.server.requestlog.RequestLogEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/models/{name}:predict}: reads and checks the records, scores them with the model serving at that
 * moment (one model for the whole request, even during a reload), answers the predictions and hands sampled records
 * to the request log. A request that waited or scored longer than the time limit is answered 503 {@code timeout}.
 */
public final class PredictEndpoint implements Endpoint {
    private static final String PREFIX = "/v1/models/";
    private static final String SUFFIX = ":predict";
    private static final Pattern FIELD = Pattern.compile("[Ff]ield \"([^\"]+)\"");

    private final ActiveModel active;
    private final int maxBatch;
    private final long timeoutNanos;
    private final ServerMetrics metrics;
    private final RequestLog log;
    private volatile RecordSchema schema;

    /**
     * Creates the endpoint.
     *
     * @param active the model serving
     * @param maxBatch the largest number of records per request
     * @param timeoutMillis the time limit per request, from reading it to the last record scored
     * @param metrics where batches are counted
     * @param log where sampled records go
     */
    public PredictEndpoint(
            final ActiveModel active,
            final int maxBatch,
            final long timeoutMillis,
            final ServerMetrics metrics,
            final RequestLog log) {
        this.active = active;
        this.maxBatch = maxBatch;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.metrics = metrics;
        this.log = log;
    }

    @Override
    public ApiResponse handle(final ApiRequest request) {
        ServedModel served = Models.serving(active, request.path(), PREFIX, SUFFIX);
        long deadline = request.receivedNanos() + timeoutNanos;
        if (System.nanoTime() - deadline > 0) {
            throw timeout("waiting for a scoring thread");
        }
        PredictBody body = PredictBody.read(request.body(), schemaOf(served), maxBatch);
        List<Map<String, Object>> records = body.records();
        List<Prediction> predictions = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            if (System.nanoTime() - deadline > 0) {
                throw timeout("scoring record " + i + " of " + records.size());
            }
            predictions.add(score(served, records.get(i), i));
        }
        metrics.scored(records.size());
        byte[] answer = PredictionJson.write(served, request.requestId(), body.single(), predictions);
        logSampled(request, served, body, predictions);
        return ApiResponse.json(200, answer);
    }

    private RecordSchema schemaOf(final ServedModel served) {
        RecordSchema known = schema;
        if (known == null || !known.isFor(served)) {
            known = RecordSchema.of(served);
            schema = known;
        }
        return known;
    }

    private ApiError timeout(final String activity) {
        return new ApiError(
                503,
                "timeout",
                "The request exceeded the time limit of " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms while "
                        + activity);
    }

    private static Prediction score(final ServedModel served, final Map<String, Object> record, final int index) {
        try {
            return served.model().score(record);
        } catch (IllegalArgumentException refused) {
            Matcher field = FIELD.matcher(String.valueOf(refused.getMessage()));
            throw new ApiError(
                    400,
                    "invalid_value",
                    "record " + index + ": the model refuses it: " + refused.getMessage(),
                    index,
                    field.find() ? field.group(1) : null);
        }
    }

    private void logSampled(
            final ApiRequest request,
            final ServedModel served,
            final PredictBody body,
            final List<Prediction> predictions) {
        List<Map<String, Object>> records = body.records();
        Instant now = null;
        long micros = (System.nanoTime() - request.receivedNanos()) / 1_000;
        for (int i = 0; i < records.size(); i++) {
            if (log.sample()) {
                now = now == null ? Instant.now().truncatedTo(ChronoUnit.MILLIS) : now;
                log.offer(new RequestLogEntry(
                        now,
                        body.single() ? request.requestId() : request.requestId() + "#" + i,
                        served.name(),
                        served.version(),
                        records.get(i),
                        predictions.get(i),
                        micros));
            }
        }
    }
}
