package io.modelgate.packaging;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import io.modelgate.scoring.ModelField;
import io.modelgate.scoring.PmmlModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the candidate's interface with the champion's, as callers see it: an input removed, renamed, added,
 * retyped or with a category removed, a changed output field, class or function breaks callers and fails the gate
 * (a WARNING when the policy allows breaking changes); a category added is a NOTE.
 */
public final class Compatibility {
    private Compatibility() {}

    /**
     * Compares two models.
     *
     * @param candidate the new model
     * @param champion the model callers use today
     * @param allowBreaking whether breaking changes only warn
     * @return one check per difference, or one passed check
     */
    public static List<Check> compare(
            final PmmlModel candidate, final PmmlModel champion, final boolean allowBreaking) {
        GateStatus breaking = allowBreaking ? GateStatus.WARNING : GateStatus.FAILED;
        List<Check> checks = new ArrayList<>();
        Map<String, ModelField> before = byName(champion.inputFields());
        Map<String, ModelField> after = byName(candidate.inputFields());
        before.forEach((name, old) -> {
            ModelField now = after.get(name);
            String check = "compatibility:input:" + name;
            if (now == null) {
                checks.add(Check.of(check, breaking, "absent", "present", "the candidate removed the input " + name));
            } else if (!now.dataType().equals(old.dataType()) || !now.opType().equals(old.opType())) {
                checks.add(Check.of(
                        check,
                        breaking,
                        now.dataType() + " " + now.opType(),
                        old.dataType() + " " + old.opType(),
                        "the candidate changed the type of " + name));
            } else if (!now.categories().containsAll(old.categories())) {
                List<String> removed = new ArrayList<>(old.categories());
                removed.removeAll(now.categories());
                checks.add(Check.of(
                        check,
                        breaking,
                        "without " + removed,
                        "all of " + old.categories(),
                        "the candidate no longer knows " + removed + " of " + name));
            } else if (!old.categories().containsAll(now.categories())) {
                checks.add(Check.of(
                        check,
                        GateStatus.NOTE,
                        now.categories().toString(),
                        old.categories().toString(),
                        "the candidate knows new categories of " + name));
            }
        });
        after.keySet().stream()
                .filter(name -> !before.containsKey(name))
                .forEach(name -> checks.add(Check.of(
                        "compatibility:input:" + name,
                        breaking,
                        "required",
                        "absent",
                        "the candidate needs the new input " + name + ", which callers do not send")));
        outputs(candidate, champion, breaking, checks);
        if (checks.isEmpty()) {
            checks.add(Check.of(
                    "compatibility",
                    GateStatus.PASSED,
                    "same interface",
                    "same interface",
                    "the candidate takes the champion's inputs and gives its outputs"));
        }
        return checks;
    }

    private static void outputs(
            final PmmlModel candidate, final PmmlModel champion, final GateStatus breaking, final List<Check> checks) {
        if (candidate.function() != champion.function()) {
            checks.add(Check.of(
                    "compatibility:function",
                    breaking,
                    candidate.function().name(),
                    champion.function().name(),
                    "the candidate is a different kind of model"));
        }
        if (!candidate.classLabels().equals(champion.classLabels())) {
            checks.add(Check.of(
                    "compatibility:classes",
                    breaking,
                    candidate.classLabels().toString(),
                    champion.classLabels().toString(),
                    "the candidate predicts other classes"));
        }
        List<String> missing = new ArrayList<>(champion.outputFields());
        missing.removeAll(candidate.outputFields());
        if (!missing.isEmpty()) {
            checks.add(Check.of(
                    "compatibility:outputs",
                    breaking,
                    candidate.outputFields().toString(),
                    champion.outputFields().toString(),
                    "the candidate no longer gives the outputs " + missing));
        }
    }

    private static Map<String, ModelField> byName(final List<ModelField> fields) {
        Map<String, ModelField> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        return byName;
    }
}
