package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PmmlDiffTest {
    private static final Path SKLEARN = Path.of("src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    @TempDir
    Path folder;

    @Test
    void shouldFindNoDifferenceWhenOnlyTheTimestampChanged() throws IOException {
        Path copy = variant("CreditLogistic.pmml", "<Timestamp>", "<Timestamp>1999-01-01 ");

        PmmlDifference difference = PmmlDiff.between(SKLEARN.resolve("CreditLogistic.pmml"), copy);

        assertThat(difference.isEmpty()).isTrue();
        assertThat(difference.describe()).isEqualTo("no structural difference");
    }

    @Test
    void shouldNameTheChangedCoefficientByItsPredictor() throws IOException {
        Path copy = variant("CreditLogistic.pmml", "coefficient=\"0.6658778412369887\"", "coefficient=\"0.6658\"");

        PmmlDifference difference = PmmlDiff.between(SKLEARN.resolve("CreditLogistic.pmml"), copy);

        assertThat(difference.firstPath())
                .isEqualTo("/PMML/RegressionModel[1]/RegressionTable[1]"
                        + "/NumericPredictor[@name='standardScaler(debt_ratio)']/@coefficient");
        assertThat(difference.first()).isEqualTo("'0.6658778412369887'");
        assertThat(difference.second()).isEqualTo("'0.6658'");
        assertThat(difference.numbers()).isEqualTo(1);
        assertThat(difference.elements()).isEqualTo(1);
        assertThat(difference.values()).isZero();
    }

    @Test
    void shouldNameTheChangedTreeSplit() throws IOException {
        Path copy = variant("CreditTree.pmml", "value=\"22126.7099609375\"", "value=\"25000.0\"");

        PmmlDifference difference = PmmlDiff.between(SKLEARN.resolve("CreditTree.pmml"), copy);

        assertThat(difference.firstPath()).startsWith("/PMML/TreeModel[1]/Node[1]/Node[1]/Node[1]/SimplePredicate");
        assertThat(difference.firstPath()).endsWith("/@value");
        assertThat(difference.describe()).contains("'22126.7099609375' vs '25000.0'", "1 numeric value(s)");
    }

    @Test
    void shouldPointAtWhereTheDocumentsDivergeWhenAnElementIsMissing() throws IOException {
        Path copy = variant(
                "CreditLogistic.pmml",
                "<NumericPredictor name=\"standardScaler(age)\" coefficient=\"-0.19476506496972235\"/>",
                "");

        PmmlDifference difference = PmmlDiff.between(SKLEARN.resolve("CreditLogistic.pmml"), copy);

        assertThat(difference.firstPath())
                .startsWith(
                        "/PMML/RegressionModel[1]/RegressionTable[1]/NumericPredictor[@name='standardScaler(age)']");
        assertThat(difference.elements()).isGreaterThan(2);
    }

    @Test
    void shouldRefuseADoctype() throws IOException {
        Path hostile = folder.resolve("hostile.pmml");
        Files.writeString(hostile, "<?xml version=\"1.0\"?><!DOCTYPE PMML [<!ENTITY x \"y\">]><PMML>&x;</PMML>");

        assertThatThrownBy(() -> PmmlDiff.between(SKLEARN.resolve("CreditLogistic.pmml"), hostile))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("hostile.pmml");
    }

    private Path variant(final String name, final String from, final String to) throws IOException {
        String text = Files.readString(SKLEARN.resolve(name));
        assertThat(text).contains(from);
        Path copy = folder.resolve(name);
        Files.writeString(copy, text.replace(from, to));
        return copy;
    }
}
