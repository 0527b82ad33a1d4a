package io.modelgate.reproducibility;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the outcomes of the rebuilds into checks — one per run, passed when its level meets the required level —
 * and into the {@code reproducibility} section of the evidence.
 */
public final class ReproducibilityReport {
    private ReproducibilityReport() {}

    /**
     * Makes the checks.
     *
     * @param runs the outcome of every run
     * @param required the level the gate requires
     * @return one check per run
     */
    public static List<Check> checks(final List<Reproduction> runs, final Level required) {
        List<Check> checks = new ArrayList<>();
        for (Reproduction run : runs) {
            boolean passed = run.level().meets(required);
            checks.add(Check.of(
                    "reproduce:run-" + run.run(),
                    passed ? GateStatus.PASSED : GateStatus.FAILED,
                    run.level().key(),
                    required == Level.IDENTICAL ? "identical" : "identical or equivalent",
                    "rebuild " + run.run() + " is " + run.explain()));
        }
        return checks;
    }

    /**
     * Makes the evidence section.
     *
     * @param command the training command
     * @param equivalence the comparison settings
     * @param required the required level
     * @param runs the outcomes
     * @return the section, ready for JSON
     */
    public static Map<String, Object> section(
            final RetrainCommand command,
            final ModelEquivalence equivalence,
            final Level required,
            final List<Reproduction> runs) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("command", command.command());
        section.put("timeout", command.timeout().toString());
        section.put("required", required.key());
        section.put("tolerance", equivalence.tolerance());
        section.put("runs", runs.stream().map(ReproducibilityReport::run).toList());
        return section;
    }

    private static Map<String, Object> run(final Reproduction run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run.run());
        json.put("level", run.level().key());
        json.put("expectedHash", run.expectedHash());
        json.put("actualHash", run.actualHash());
        json.put("explanation", run.explain());
        if (!run.difference().isEmpty()) {
            Map<String, Object> difference = new LinkedHashMap<>();
            difference.put("firstPath", run.difference().firstPath());
            difference.put("expected", run.difference().first());
            difference.put("actual", run.difference().second());
            difference.put("elements", run.difference().elements());
            difference.put("numbers", run.difference().numbers());
            difference.put("values", run.difference().values());
            json.put("difference", difference);
        }
        if (run.deviation() != null) {
            Map<String, Object> deviation = new LinkedHashMap<>();
            deviation.put("rows", run.deviation().rows());
            deviation.put("largest", finite(run.deviation().largest()));
            deviation.put("line", run.deviation().line());
            deviation.put("output", run.deviation().output());
            deviation.put("changedDecisions", run.deviation().changedDecisions());
            json.put("predictions", deviation);
        }
        if (!run.metricDeltas().isEmpty()) {
            json.put("metricDeltas", new java.util.TreeMap<>(run.metricDeltas()));
        }
        return json;
    }

    private static Object finite(final double value) {
        return Double.isFinite(value) ? value : String.valueOf(value);
    }
}
