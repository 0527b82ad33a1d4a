package io.modelgate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the evidence the report tests render: validation with failing checks and columns, and drift. */
final class SampleEvidence {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String CREATED_AT = "2026-11-28T03:20:00Z";
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private SampleEvidence() {}

    static Evidence validation() {
        List<Check> checks = List.of(
                Check.of("schema:columns", GateStatus.PASSED, "5 columns", "5 columns", "All columns are present."),
                new Check(
                        "range:age",
                        GateStatus.FAILED,
                        "3 rows outside [18, 100]",
                        "every age in [18, 100]",
                        "Expected age in [18, 100], found 3 rows outside, first at line 12.",
                        List.of(new Check.Example(12, "-4"), new Check.Example(57, "212"))),
                new Check(
                        "pattern:email",
                        GateStatus.ERROR,
                        "1 row does not match",
                        "matches ^[^@]+@[^@]+$",
                        "Expected an e-mail address, found " + SCRIPT + " at line 9.",
                        List.of(new Check.Example(9, SCRIPT))),
                Check.of(
                        "completeness:income",
                        GateStatus.WARNING,
                        "4.0% missing",
                        "at most 2% missing",
                        "Expected at most 2% missing income, found 4.0% (40 rows)."),
                Check.of("uniqueness:id", GateStatus.NOTE, "1 duplicate", "no duplicates", "Found id 17 twice."),
                Check.of("pii:name", GateStatus.INACTIVE, null, null, "No PII scanner configured for name."));
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("columns", List.of(numericColumn(), stringColumn()));
        sections.put("schema", Map.of("columns", 5, "source", "schema.yaml"));
        return new Evidence(
                "validation",
                Evidence.SCHEMA_VERSION,
                Evidence.worstOf(checks),
                new Subject("credit-risk", "7"),
                CREATED_AT,
                new Tool("modelgate", "0.1.0"),
                List.of(new Input("data", "data/train.csv", SHA, 1000)),
                checks,
                sections);
    }

    static Evidence drift() {
        List<Map<String, Object>> results = new ArrayList<>();
        results.add(feature("income", false, 0.031, 0.41));
        results.add(feature("age", true, 0.12, 2e-4));
        results.add(feature("balance", true, 0.3, 1.2e-9));
        Map<String, Object> drift = new LinkedHashMap<>();
        drift.put("rule", "both");
        drift.put("correction", "benjamini-hochberg");
        drift.put("alpha", 0.05);
        drift.put("features", 3);
        drift.put("drifted", 2);
        drift.put("status", "FAILED");
        drift.put("results", results);
        List<Check> checks = List.of(
                Check.of("drift:age", GateStatus.FAILED, "wasserstein 0.12", "at most 0.1", "age drifted."),
                Check.of("drift:balance", GateStatus.FAILED, "wasserstein 0.3", "at most 0.1", "balance drifted."),
                Check.of("drift:income", GateStatus.PASSED, "wasserstein 0.031", "at most 0.1", "income is stable."));
        return new Evidence(
                "drift",
                Evidence.SCHEMA_VERSION,
                GateStatus.FAILED,
                new Subject("credit-risk", "7"),
                CREATED_AT,
                new Tool("modelgate", "0.1.0"),
                List.of(
                        new Input("reference", "data/reference.csv", SHA, 1000),
                        new Input("data", "data/current.csv", SHA, 900)),
                checks,
                Map.of("drift", drift));
    }

    private static Map<String, Object> feature(
            final String column, final boolean drifted, final double statistic, final double adjusted) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("column", column);
        result.put("type", "numeric");
        result.put("method", "wasserstein");
        result.put("statistic", statistic);
        result.put("threshold", 0.1);
        result.put("test", "ks");
        result.put("pValue", adjusted / 20);
        result.put("adjustedPValue", adjusted);
        result.put("band", drifted ? "moderate" : "none");
        result.put("drifted", drifted);
        result.put("referenceRows", 1000);
        result.put("currentRows", 900);
        result.put("referenceMissing", 0);
        result.put("currentMissing", 3);
        result.put(
                "histogram",
                Map.of(
                        "labels", List.of("[18, 25)", "[25, 31)", "[31, 40)", "[40, 55)", "[55, 100]"),
                        "reference", List.of(0.1, 0.2, 0.3, 0.25, 0.15),
                        "current",
                                drifted ? List.of(0.05, 0.3, 0.35, 0.2, 0.1) : List.of(0.11, 0.19, 0.3, 0.25, 0.15)));
        return result;
    }

    private static Map<String, Object> numericColumn() {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", "age");
        column.put("type", "INTEGER");
        column.put("rows", 1000);
        column.put("missing", 12);
        column.put("invalid", 3);
        column.put("min", -4);
        column.put("max", 212);
        column.put("mean", 41.237);
        column.put("std", 12.5);
        column.put("distinct", 77);
        column.put(
                "histogram",
                Map.of(
                        "labels", List.of("[-4, 50)", "[50, 100)", "[100, 150)", "[150, 212]"),
                        "counts", List.of(700, 280, 5, 3)));
        return column;
    }

    private static Map<String, Object> stringColumn() {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", "email");
        column.put("type", "STRING");
        column.put("rows", 1000);
        column.put("missing", 0);
        column.put("distinct", 998);
        column.put(
                "topValues",
                List.of(Map.of("value", SCRIPT, "count", 2), Map.of("value", "a@example.org", "count", 1)));
        return column;
    }
}
