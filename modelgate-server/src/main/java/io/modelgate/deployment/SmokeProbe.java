package io.modelgate.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import io.modelgate.scoring.Prediction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The requests of a smoke test and the checks they give; see {@link DeploymentSmoke}. */
final class SmokeProbe {
    private static final int EXAMPLES = 5;

    private final ServiceClient client;
    private final SmokeOptions options;
    private final SmokeSample sample;
    private final List<Prediction> expected;
    private final AnswerCheck compare = new AnswerCheck();

    SmokeProbe(
            final ServiceClient client,
            final SmokeOptions options,
            final SmokeSample sample,
            final List<Prediction> expected) {
        this.client = client;
        this.options = options;
        this.sample = sample;
        this.expected = expected;
    }

    /**
     * Adds the checks {@code service-ready} and {@code model-identity}: the service reports {@code hash} as its digest
     * {@code role} ({@code model}: the canonical model hash; {@code bundle}: the bundle's SHA-256). Returns the served
     * version, or null.
     */
    String identify(final String role, final String hash, final List<Check> checks, final Map<String, Object> section)
            throws InterruptedException {
        ServiceClient.Answer ready;
        ServiceClient.Answer description;
        try {
            ready = client.get("/health/ready");
            description = client.get("/v1/models/" + options.name());
        } catch (IOException unreachable) {
            checks.add(Check.of(
                    "service-ready",
                    GateStatus.FAILED,
                    "no answer",
                    "200 from /health/ready",
                    "The service at " + client.base() + " does not answer: " + unreachable.getMessage()));
            return null;
        }
        checks.add(Check.of(
                "service-ready",
                ready.status() == 200 ? GateStatus.PASSED : GateStatus.FAILED,
                "HTTP " + ready.status(),
                "HTTP 200",
                "/health/ready answered " + ready.status() + ": " + shorten(ready.text())));
        JsonNode digests =
                description.body() == null ? null : description.body().path("digests");
        String served = digests == null ? null : digests.path(role).asText(null);
        String what = "model".equals(role) ? "canonical hash" : role + " sha256";
        boolean same = description.status() == 200 && hash.equals(served);
        String version = same ? description.body().path("version").asText("") : null;
        if (description.status() == 200) {
            section.put(
                    "served",
                    Map.of(
                            "version",
                            description.body().path("version").asText(""),
                            "digests",
                            description.body().path("digests")));
        }
        checks.add(Check.of(
                "model-identity",
                same ? GateStatus.PASSED : GateStatus.FAILED,
                served == null ? "HTTP " + description.status() : served,
                hash,
                same
                        ? "The service serves the " + role + " (" + what + " " + hash + ")."
                        : "The service at " + client.base() + " serves "
                                + (served == null
                                        ? "no model named '" + options.name() + "' (" + shorten(description.text())
                                                + ")"
                                        : "another " + role + " (" + what + " " + served + ")")
                                + ", not " + hash + "."));
        return ready.status() == 200 ? version : null;
    }

    /** Adds the checks {@code answers}, {@code batch-answers} and {@code latency-p99}. */
    void answer(final List<Check> checks, final Map<String, Object> section) throws InterruptedException {
        List<Map<String, Object>> records = sample.records();
        for (int i = 0; i < Math.min(options.warmUpRequests(), records.size()); i++) {
            send(List.of(records.get(i)), true);
        }
        List<Check.Example> singles = new ArrayList<>();
        int singleFailures = 0;
        long[] nanos = new long[records.size()];
        for (int i = 0; i < records.size(); i++) {
            ServiceClient.Answer answer = send(List.of(records.get(i)), true);
            nanos[i] = answer.nanos();
            String problem = problem(
                    answer, i, answer.body() == null ? null : answer.body().get("prediction"));
            if (problem != null && singleFailures++ < EXAMPLES) {
                singles.add(new Check.Example(sample.lines().get(i), problem));
            }
        }
        checks.add(agreement("answers", "one-record requests", singleFailures, singles));
        List<Check.Example> batched = new ArrayList<>();
        int batchFailures = 0;
        for (int start = 0; start < records.size(); start += options.batchSize()) {
            int end = Math.min(records.size(), start + options.batchSize());
            ServiceClient.Answer answer = send(records.subList(start, end), false);
            for (int i = start; i < end; i++) {
                JsonNode prediction = answer.body() == null
                        ? null
                        : answer.body().path("predictions").get(i - start);
                String problem = problem(answer, i, prediction);
                if (problem != null && batchFailures++ < EXAMPLES) {
                    batched.add(new Check.Example(sample.lines().get(i), problem));
                }
            }
        }
        checks.add(agreement("batch-answers", "batch requests of " + options.batchSize(), batchFailures, batched));
        checks.add(latency(new Latencies(nanos), section));
    }

    private ServiceClient.Answer send(final List<Map<String, Object>> records, final boolean single)
            throws InterruptedException {
        try {
            return client.predict(options.name(), records, single);
        } catch (IOException failed) {
            return new ServiceClient.Answer(0, null, failed.toString(), 0);
        }
    }

    private String problem(final ServiceClient.Answer answer, final int index, final JsonNode prediction) {
        if (answer.status() != 200) {
            return "HTTP " + answer.status() + ": " + shorten(answer.text());
        }
        return compare.difference(expected.get(index), prediction);
    }

    private Check agreement(final String name, final String how, final int failures, final List<Check.Example> first) {
        int rows = sample.records().size();
        String expectation = "every answer equals the model's batch scoring (relative 1e-6, zero threshold 1e-16)";
        if (failures == 0) {
            return Check.of(
                    name,
                    GateStatus.PASSED,
                    "0 of " + rows + " rows differ",
                    expectation,
                    "All " + rows + " sample rows sent as " + how + " were answered as the batch scorer answers them.");
        }
        return new Check(
                name,
                GateStatus.FAILED,
                failures + " of " + rows + " rows differ",
                expectation,
                failures + " of " + rows + " sample rows sent as " + how + " were answered differently from the batch"
                        + " scorer, first at line " + first.get(0).line() + ": "
                        + first.get(0).value() + ".",
                first);
    }

    private Check latency(final Latencies latencies, final Map<String, Object> section) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("requests", latencies.count());
        figures.put("p50Ms", latencies.millis(50));
        figures.put("p90Ms", latencies.millis(90));
        figures.put("p99Ms", latencies.millis(99));
        figures.put("maxMs", latencies.millis(100));
        figures.put("budgetMs", options.latencyBudgetMillis());
        section.put("latency", figures);
        String actual = String.format(Locale.ROOT, "p99 %.2f ms", latencies.millis(99));
        Double budget = options.latencyBudgetMillis();
        if (budget == null) {
            return Check.of(
                    "latency-p99",
                    GateStatus.INACTIVE,
                    actual,
                    "no budget",
                    "Not judged: no latency budget was given (--latency-p99-ms); " + actual + " over "
                            + latencies.count() + " one-record requests.");
        }
        boolean met = latencies.millis(99) <= budget;
        return Check.of(
                "latency-p99",
                met ? GateStatus.PASSED : GateStatus.FAILED,
                actual,
                String.format(Locale.ROOT, "p99 <= %.2f ms", budget),
                String.format(
                        Locale.ROOT,
                        "The 99th percentile of %d one-record requests, measured by the client, is"
                                + " %.2f ms; the budget is %.2f ms.",
                        latencies.count(),
                        latencies.millis(99),
                        budget));
    }

    private static String shorten(final String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
