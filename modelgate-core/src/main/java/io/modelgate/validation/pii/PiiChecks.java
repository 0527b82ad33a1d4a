package io.modelgate.validation.pii;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the findings of one column and its schema declaration ({@code pii: {kind: ..., basis: ...}}) into the check
 * {@code pii:<column>}: it fails when the column holds a kind of personal data the schema does not declare for it,
 * or when the declaration's legal basis is missing or not one of GDPR Art. 6(1) ({@link LegalBasis}); otherwise it
 * passes. Messages show only masked examples.
 */
public final class PiiChecks {
    private static final String EXPECTED = "personal data declared in the schema with a GDPR Art. 6(1) legal basis";

    private PiiChecks() {}

    /**
     * Returns the name of a column's pii check.
     *
     * @param column the column's name
     * @return {@code pii:<column>}
     */
    public static String name(final String column) {
        return "pii:" + column;
    }

    /**
     * Checks one column.
     *
     * @param column the column's name
     * @param findings the column's findings ({@link PiiScan#findings(PiiThresholds)}), possibly none
     * @param declaredKind the kind the schema declares for the column, or {@code null} without a declaration
     * @param declaredBasis the legal basis as written in the schema, or {@code null}; ignored without a kind
     * @return FAILED for an undeclared finding or a missing or unknown basis, otherwise PASSED
     */
    public static Check check(
            final String column,
            final List<PiiFinding> findings,
            final PiiKind declaredKind,
            final String declaredBasis) {
        List<String> problems = new ArrayList<>();
        Optional<LegalBasis> basis = LegalBasis.find(declaredBasis);
        if (declaredKind != null && basis.isEmpty()) {
            problems.add(basisProblem(column, declaredKind, declaredBasis));
        }
        List<PiiFinding> undeclared =
                findings.stream().filter(f -> f.kind() != declaredKind).toList();
        if (!undeclared.isEmpty()) {
            problems.add(undeclaredProblem(column, undeclared, declaredKind));
        }
        String actual = findings.isEmpty()
                ? "no personal data recognised"
                : findings.stream().map(PiiChecks::summary).collect(Collectors.joining(", "));
        if (!problems.isEmpty()) {
            List<Check.Example> examples =
                    undeclared.stream().flatMap(f -> f.examples().stream()).toList();
            return new Check(name(column), GateStatus.FAILED, actual, EXPECTED, String.join("; ", problems), examples);
        }
        String message = findings.isEmpty()
                ? "column '" + column + "' holds no personal data the scanner recognises"
                : "column '" + column + "' " + describe(findings);
        if (declaredKind != null) {
            LegalBasis legal = basis.orElseThrow();
            message += (findings.isEmpty() ? " and" : ",") + " declared as pii kind " + declaredKind.label()
                    + " with legal basis " + legal.label() + " (GDPR " + legal.article() + ")";
        }
        return Check.of(name(column), GateStatus.PASSED, actual, EXPECTED, message);
    }

    /**
     * Checks a column with a finding and no declaration.
     *
     * @param finding the finding
     * @return the FAILED check
     */
    public static Check undeclared(final PiiFinding finding) {
        return check(finding.column(), List.of(finding), null, null);
    }

    /**
     * Checks a column whose finding is declared with a valid basis.
     *
     * @param finding the finding
     * @param basis the declared basis
     * @return the PASSED check
     */
    public static Check declared(final PiiFinding finding, final LegalBasis basis) {
        return check(finding.column(), List.of(finding), finding.kind(), basis.label());
    }

    private static String basisProblem(final String column, final PiiKind kind, final String basis) {
        String found = basis == null || basis.isBlank()
                ? "without a legal basis"
                : "with legal basis '" + basis.strip() + "', which is not a GDPR Art. 6(1) basis";
        return "column '" + column + "' declares pii kind " + kind.label() + " " + found + "; set `basis:` to one of "
                + LegalBasis.labels();
    }

    private static String undeclaredProblem(
            final String column, final List<PiiFinding> undeclared, final PiiKind declaredKind) {
        String declaration = declaredKind == null
                ? "declares no pii for it"
                : "declares pii kind " + declaredKind.label() + " for it";
        return "column '" + column + "' " + describe(undeclared) + " but the schema " + declaration
                + "; declare `pii: {kind: " + undeclared.get(0).kind().label()
                + ", basis: <legal basis>}` or remove the column";
    }

    private static String describe(final List<PiiFinding> findings) {
        return findings.stream().map(PiiChecks::describe).collect(Collectors.joining(" and "));
    }

    private static String describe(final PiiFinding finding) {
        String where = finding.examples().isEmpty() ? "" : " (" + lines(finding.examples()) + ")";
        if (finding.kind().isHeaderBased()) {
            return "is named like a column of " + finding.kind().noun() + " and has " + values(finding.examined())
                    + where;
        }
        return "holds " + finding.kind().noun() + " in " + percent(finding.share()) + " of "
                + values(finding.examined()) + where;
    }

    private static String lines(final List<Check.Example> examples) {
        String lines = examples.stream().map(e -> Long.toString(e.line())).collect(Collectors.joining(", "));
        String values = examples.stream().map(Check.Example::value).collect(Collectors.joining(", "));
        return (examples.size() == 1 ? "line " : "lines ") + lines + ": " + values;
    }

    private static String summary(final PiiFinding finding) {
        return finding.kind().label() + " in " + percent(finding.share()) + " of " + values(finding.examined());
    }

    private static String percent(final double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String values(final long count) {
        return String.format(Locale.ROOT, count == 1 ? "%,d value" : "%,d values", count);
    }
}
