package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiChecksTest {
    @Test
    void shouldFailAnUndeclaredFindingNamingShareLinesAndMaskedValues() {
        PiiScan scan = new PiiScan("contact");
        for (int line = 2; line < 1_002; line++) {
            scan.accept(line, line == 4 || line % 40 == 0 ? "unknown" : "jane" + line + "@example.com");
        }
        PiiFinding finding = scan.findings().get(0);

        Check check = PiiChecks.undeclared(finding);

        assertThat(check.name()).isEqualTo("pii:contact");
        assertThat(check.status()).isEqualTo(GateStatus.FAILED);
        assertThat(check.actual()).isEqualTo("email in 97.4 % of 1,000 values");
        assertThat(check.message())
                .isEqualTo("column 'contact' holds email addresses in 97.4 % of 1,000 values (lines 2, 3, 5:"
                        + " j***@e***.com, j***@e***.com, j***@e***.com) but the schema declares no pii for it;"
                        + " declare `pii: {kind: email, basis: <legal basis>}` or remove the column");
        assertThat(check.examples()).extracting(Check.Example::line).containsExactly(2L, 3L, 5L);
        assertThat(check.toString()).doesNotContain("jane");
    }

    @Test
    void shouldPassADeclaredFindingWithItsBasis() {
        Check check = PiiChecks.declared(emailFinding(), LegalBasis.CONSENT);

        assertThat(check.status()).isEqualTo(GateStatus.PASSED);
        assertThat(check.message())
                .isEqualTo("column 'contact' holds email addresses in 50.0 % of 10 values (line 2: a***@e***.com),"
                        + " declared as pii kind email with legal basis consent (GDPR Art. 6(1)(a))");
    }

    @Test
    void shouldFailADeclarationWithoutAValidBasis() {
        Check missing = PiiChecks.check("contact", List.of(emailFinding()), PiiKind.EMAIL, null);
        Check unknown = PiiChecks.check("contact", List.of(), PiiKind.EMAIL, "marketing");

        assertThat(missing.status()).isEqualTo(GateStatus.FAILED);
        assertThat(missing.message())
                .isEqualTo("column 'contact' declares pii kind email without a legal basis; set `basis:` to one of"
                        + " consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests");
        assertThat(unknown.status()).isEqualTo(GateStatus.FAILED);
        assertThat(unknown.message()).contains("with legal basis 'marketing', which is not a GDPR Art. 6(1) basis");
    }

    @Test
    void shouldFailAFindingOfAnotherKindThanDeclared() {
        Check check = PiiChecks.check("contact", List.of(emailFinding()), PiiKind.PHONE, "contract");

        assertThat(check.status()).isEqualTo(GateStatus.FAILED);
        assertThat(check.message())
                .contains("but the schema declares pii kind phone for it; declare `pii: {kind: email");
    }

    @Test
    void shouldDescribeANameColumnByItsHeader() {
        PiiScan scan = new PiiScan("surname");
        scan.accept(2, "Smith");

        Check check = PiiChecks.check("surname", scan.findings(), null, null);

        assertThat(check.message())
                .isEqualTo("column 'surname' is named like a column of person names and has 1 value (line 2: S***)"
                        + " but the schema declares no pii for it; declare `pii: {kind: name, basis: <legal basis>}`"
                        + " or remove the column");
    }

    @Test
    void shouldPassColumnsWithoutFindings() {
        Check plain = PiiChecks.check("age", List.of(), null, null);
        Check declared = PiiChecks.check("email", List.of(), PiiKind.EMAIL, "contract");

        assertThat(plain.status()).isEqualTo(GateStatus.PASSED);
        assertThat(plain.message()).isEqualTo("column 'age' holds no personal data the scanner recognises");
        assertThat(declared.status()).isEqualTo(GateStatus.PASSED);
        assertThat(declared.message())
                .endsWith("and declared as pii kind email with legal basis contract (GDPR Art. 6(1)(b))");
    }

    private static PiiFinding emailFinding() {
        return PiiFinding.of("contact", PiiKind.EMAIL, 5, 10, List.of(new Check.Example(2, "a***@e***.com")));
    }
}
