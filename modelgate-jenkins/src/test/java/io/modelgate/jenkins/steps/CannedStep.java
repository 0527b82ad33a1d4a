package io.modelgate.jenkins.steps;

import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A gate step whose evidence has checks of the given statuses, to drive the execution through every status. */
final class CannedStep extends GateStep {
    private static final long serialVersionUID = 1L;

    private final GateStatus[] statuses;

    CannedStep(final GateStatus... statuses) {
        this.statuses = statuses.clone();
    }

    @Override
    String functionName() {
        return "mlCanned";
    }

    @Override
    String evidenceName() {
        return "canned";
    }

    @Override
    String title() {
        return "Canned";
    }

    @Override
    void checkSettings() {
        // nothing to check
    }

    @Override
    Evidence evaluate(final Path workspace) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            checks.add(Check.of(
                    "check" + i,
                    statuses[i],
                    "actual " + i,
                    "expected " + i,
                    "check " + i + " is " + statuses[i] + "\nacross two lines"));
        }
        Input data = new Input("data", workspace.resolve("data/x.csv").toString(), "abc", 10);
        return Evidence.of("canned", new Subject("m", "1"), List.of(data), checks, Map.of());
    }
}
