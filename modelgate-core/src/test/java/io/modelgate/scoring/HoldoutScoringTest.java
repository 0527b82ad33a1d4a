package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modelgate.Fixtures;
import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoldoutScoringTest {
    private static final Path HOLDOUT = fixture("credit-holdout.csv");

    @TempDir
    Path folder;

    @Test
    void shouldScoreBothModelsPairedAndInOrderAsScikitLearnDid() throws IOException {
        PmmlModel forest = PmmlModel.load(fixture("CreditForest.pmml"));
        PmmlModel logistic = PmmlModel.load(fixture("CreditLogistic.pmml"));

        HoldoutScores scores = new HoldoutScoring(forest, logistic, "default", List.of("region"), 3).score(HOLDOUT);

        List<String> forestExpected = Files.readAllLines(fixture("CreditForest-expected.csv"));
        List<String> logisticExpected = Files.readAllLines(fixture("CreditLogistic-expected.csv"));
        assertThat(scores.rows()).isEqualTo(300);
        assertThat(scores.classes()).containsExactly("0", "1");
        for (int row = 0; row < 300; row++) {
            assertThat(scores.candidate()[row]).isCloseTo(lastColumn(forestExpected.get(row + 1)), within(1e-9));
            assertThat(scores.champion()[row]).isCloseTo(lastColumn(logisticExpected.get(row + 1)), within(1e-9));
        }
        assertThat(scores.slices().get("region")).hasSize(300).contains("east");
        assertThat(scores.labels()).containsOnly(0, 1);
        assertThat(scores.holdout().rows()).isEqualTo(300);
    }

    @Test
    void shouldRefuseALabelTheModelDoesNotKnow() throws IOException {
        Path holdout = folder.resolve("holdout.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(HOLDOUT));
        lines.set(3, lines.get(3).replaceFirst(",0,", ",yes,").replaceFirst(",1,", ",yes,"));
        Files.write(holdout, lines);
        PmmlModel forest = PmmlModel.load(fixture("CreditForest.pmml"));

        assertThatThrownBy(() -> new HoldoutScoring(forest, null, "default", List.of(), 1).score(holdout))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(holdout + ":4: the target 'default' is 'yes'");
    }

    @Test
    void shouldRefuseMulticlassModelsAndAMissingTarget() throws IOException {
        PmmlModel grade = PmmlModel.load(fixture("CreditGrade.pmml"));
        PmmlModel forest = PmmlModel.load(fixture("CreditForest.pmml"));

        assertThatThrownBy(() -> new HoldoutScoring(grade, null, "grade", List.of(), 1))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("comparison supports binary classifiers and regressions");
        assertThatThrownBy(() -> new HoldoutScoring(forest, null, "label", List.of(), 1).score(HOLDOUT))
                .hasMessageContaining("column 'label' is not in the header");
    }

    private static double lastColumn(final String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
    }

    private static Path fixture(final String name) {
        return Fixtures.of(SklearnEquivalenceTest.class, name);
    }
}
