package io.modelgate.reproducibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelEquivalenceTest {
    private static final Path SKLEARN = Path.of("src/test/resources/fixtures/scoring/SklearnEquivalenceTest");
    private static final Path LOGISTIC = SKLEARN.resolve("CreditLogistic.pmml");
    private static final Path HOLDOUT = SKLEARN.resolve("credit-holdout.csv");
    private static final String COEFFICIENT = "coefficient=\"0.6658778412369887\"";

    @TempDir
    Path folder;

    @Test
    void shouldCallARebuildIdenticalWhenOnlyTheHeaderTimestampDiffers() throws IOException {
        Path rebuilt = variant(LOGISTIC, "<Timestamp>", "<Timestamp>2001-01-01 ");

        Reproduction outcome = new ModelEquivalence(HOLDOUT, null, 1e-6).compare(1, PmmlModel.load(LOGISTIC), rebuilt);

        assertThat(outcome.level()).isEqualTo(Level.IDENTICAL);
        assertThat(outcome.deviation()).isNull();
        assertThat(outcome.explain()).startsWith("identical");
    }

    @Test
    void shouldCallASlightlyChangedCoefficientEquivalentWithinALooseTolerance() throws IOException {
        Path rebuilt = variant(LOGISTIC, COEFFICIENT, "coefficient=\"0.6658778\"");

        Reproduction outcome =
                new ModelEquivalence(HOLDOUT, "default", 1e-4).compare(1, PmmlModel.load(LOGISTIC), rebuilt);

        assertThat(outcome.level()).isEqualTo(Level.EQUIVALENT);
        assertThat(outcome.deviation().rows()).isEqualTo(300);
        assertThat(outcome.deviation().largest()).isPositive().isLessThan(1e-4);
        assertThat(outcome.metricDeltas()).containsKey("roc_auc");
    }

    @Test
    void shouldCallTheSameChangeDifferentWithinATightToleranceAndSayWhere() throws IOException {
        Path rebuilt = variant(LOGISTIC, COEFFICIENT, "coefficient=\"0.6658778\"");

        Reproduction outcome = new ModelEquivalence(HOLDOUT, null, 1e-12).compare(1, PmmlModel.load(LOGISTIC), rebuilt);

        assertThat(outcome.level()).isEqualTo(Level.DIFFERENT);
        assertThat(outcome.difference().firstPath())
                .endsWith("NumericPredictor[@name='standardScaler(debt_ratio)']" + "/@coefficient");
        assertThat(outcome.deviation().line()).isGreaterThan(1);
        assertThat(outcome.deviation().output()).startsWith("probability(");
        assertThat(outcome.explain()).contains("different", "at probe line");
    }

    @Test
    void shouldCallAChangedTreeSplitDifferentAndNameTheElement() throws IOException {
        Path tree = SKLEARN.resolve("CreditTree.pmml");
        // A real rebuild recomputes its verification records; drop the original's, which the new split breaks.
        Path rebuilt = variant(tree, "value=\"0.3113500028848648\"", "value=\"0.25\"");
        Files.writeString(
                rebuilt, Files.readString(rebuilt).replaceAll("(?s)<ModelVerification.*</ModelVerification>", ""));

        Reproduction outcome = new ModelEquivalence(HOLDOUT, "default", 1e-6).compare(1, PmmlModel.load(tree), rebuilt);

        assertThat(outcome.level()).isEqualTo(Level.DIFFERENT);
        assertThat(outcome.difference().firstPath()).contains("SimplePredicate").endsWith("/@value");
        assertThat(outcome.deviation().changedDecisions()).isPositive();
    }

    @Test
    void shouldCallAnyStructuralChangeDifferentWithoutProbeData() throws IOException {
        Path rebuilt = variant(LOGISTIC, COEFFICIENT, "coefficient=\"0.66587784\"");

        Reproduction outcome = new ModelEquivalence(null, null, 1).compare(2, PmmlModel.load(LOGISTIC), rebuilt);

        assertThat(outcome.level()).isEqualTo(Level.DIFFERENT);
        assertThat(outcome.run()).isEqualTo(2);
        assertThat(outcome.explain()).contains("no probe data");
    }

    @Test
    void shouldOrderTheLevelsFromTheStrictest() {
        assertThat(Level.IDENTICAL.meets(Level.EQUIVALENT)).isTrue();
        assertThat(Level.EQUIVALENT.meets(Level.IDENTICAL)).isFalse();
        assertThat(Level.DIFFERENT.meets(Level.EQUIVALENT)).isFalse();
        assertThat(Level.of(" Identical ")).isEqualTo(Level.IDENTICAL);
    }

    private Path variant(final Path model, final String from, final String to) throws IOException {
        String text = Files.readString(model);
        assertThat(text).contains(from);
        Path copy = folder.resolve(model.getFileName());
        Files.writeString(copy, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return copy;
    }
}
