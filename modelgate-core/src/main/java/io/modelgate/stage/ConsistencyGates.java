package io.modelgate.stage;

import io.modelgate.gate.EvidenceRecord;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chain of evidence: the model that was compared is the model that was reproduced and packaged, and the bundle
 * that was packaged is the one deployed and approved. Each gate compares the digests the newest documents of this
 * model record, and is left out when fewer than two documents record one.
 */
final class ConsistencyGates {
    private ConsistencyGates() {}

    static List<Check> checks(final StageContext context) {
        Map<String, String> models = new LinkedHashMap<>();
        record(models, context, "comparison", record -> record.input("candidate"));
        record(models, context, "reproducibility", record -> record.input("model"));
        record(models, context, "bundle", record -> record.input("model"));
        record(models, context, "approval", record -> record.input("model"));
        Map<String, String> bundles = new LinkedHashMap<>();
        record(
                bundles,
                context,
                "bundle",
                record -> Optional.of(
                                record.json().path("bundle").path("sha256").asText())
                        .filter(text -> !text.isEmpty()));
        record(bundles, context, "deployment", record -> record.input("bundle"));
        record(bundles, context, "approval", record -> record.input("bundle"));
        return java.util.stream.Stream.of(
                        check("consistency:model", "model", models), check("consistency:bundle", "bundle", bundles))
                .flatMap(Optional::stream)
                .toList();
    }

    private static void record(
            final Map<String, String> digests,
            final StageContext context,
            final String kind,
            final java.util.function.Function<EvidenceRecord, Optional<String>> digest) {
        context.of(kind).stream().findFirst().flatMap(digest).ifPresent(value -> digests.put(kind, value));
    }

    private static Optional<Check> check(final String name, final String what, final Map<String, String> digests) {
        if (digests.size() < 2) {
            return Optional.empty();
        }
        long distinct = digests.values().stream().distinct().count();
        String actual = digests.entrySet().stream()
                .map(entry -> entry.getKey() + " "
                        + entry.getValue()
                                .substring(0, Math.min(12, entry.getValue().length())))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        if (distinct == 1) {
            return Optional.of(Check.of(
                    name,
                    GateStatus.PASSED,
                    actual,
                    "one " + what,
                    "the " + String.join(", ", digests.keySet()) + " evidence concern the same " + what));
        }
        return Optional.of(Check.of(
                name,
                GateStatus.FAILED,
                actual,
                "one " + what,
                "the evidence concerns different " + what + "s: " + actual));
    }
}
