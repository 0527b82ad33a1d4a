package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modelgate.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeLongTestTest {
    private static final double TOLERANCE = 1e-10;

    @Test
    void shouldMatchTheHandComputedCase() {
        // AUCs 5/6 and 1/2; Var = (7/48) / 3 + (2/9) / 2 = 23/144, so se = sqrt(23) / 12 and z = -4 / sqrt(23).
        boolean[] positive = {true, true, true, false, false};
        double[] champion = {0.9, 0.6, 0.4, 0.5, 0.1};
        double[] candidate = {0.7, 0.5, 0.5, 0.5, 0.6};

        DeLongResult result = DeLongTest.compare(positive, champion, candidate, 0.95);

        assertThat(result.championAuc()).isCloseTo(5.0 / 6, within(TOLERANCE));
        assertThat(result.candidateAuc()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(result.difference()).isCloseTo(-1.0 / 3, within(TOLERANCE));
        assertThat(result.standardError()).isCloseTo(Math.sqrt(23) / 12, within(TOLERANCE));
        assertThat(result.z()).isCloseTo(-4 / Math.sqrt(23), within(TOLERANCE));
        assertThat(result.positives()).isEqualTo(3);
        assertThat(result.negatives()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"continuous", "ties", "heavy-ties", "rare", "small", "large"})
    void shouldAgreeWithTheQuadraticReferenceAndScikitLearn(final String dataset) throws IOException {
        Columns data = read(dataset);
        String[] expected = expected(dataset);

        DeLongResult result = DeLongTest.compare(data.positive, data.champion, data.candidate, 0.95);

        assertThat(result.championAuc()).isCloseTo(Double.parseDouble(expected[1]), within(TOLERANCE));
        assertThat(result.candidateAuc()).isCloseTo(Double.parseDouble(expected[2]), within(TOLERANCE));
        assertThat(result.difference()).isCloseTo(Double.parseDouble(expected[3]), within(TOLERANCE));
        assertThat(result.standardError()).isCloseTo(Double.parseDouble(expected[4]), within(TOLERANCE));
        assertThat(result.z()).isCloseTo(Double.parseDouble(expected[5]), within(1e-8));
        assertThat(result.pValue()).isCloseTo(Double.parseDouble(expected[6]), within(1e-9));
        assertThat(result.low()).isCloseTo(Double.parseDouble(expected[7]), within(1e-9));
        assertThat(result.high()).isCloseTo(Double.parseDouble(expected[8]), within(1e-9));
        assertThat(result.championAuc()).isCloseTo(Double.parseDouble(expected[9]), within(TOLERANCE));
        assertThat(result.candidateAuc()).isCloseTo(Double.parseDouble(expected[10]), within(TOLERANCE));
    }

    @Test
    void shouldFindNoDifferenceBetweenAModelAndItself() throws IOException {
        Columns data = read("ties");

        DeLongResult result = DeLongTest.compare(data.positive, data.champion, data.champion, 0.95);

        assertThat(result.difference()).isZero();
        assertThat(result.z()).isZero();
        assertThat(result.pValue()).isEqualTo(1.0);
        assertThat(result.low()).isZero();
        assertThat(result.high()).isZero();
    }

    @Test
    void shouldFlipTheSignWhenChampionAndCandidateSwap() throws IOException {
        Columns data = read("heavy-ties");

        DeLongResult forward = DeLongTest.compare(data.positive, data.champion, data.candidate, 0.9);
        DeLongResult backward = DeLongTest.compare(data.positive, data.candidate, data.champion, 0.9);

        assertThat(backward.difference()).isEqualTo(-forward.difference());
        assertThat(backward.z()).isCloseTo(-forward.z(), within(1e-12));
        assertThat(backward.pValue()).isCloseTo(forward.pValue(), within(1e-12));
        assertThat(backward.low()).isCloseTo(-forward.high(), within(1e-12));
    }

    @Test
    void shouldNotDependOnRowOrder() {
        SplittableRandom random = new SplittableRandom(7);
        int rows = 400;
        boolean[] positive = new boolean[rows];
        double[] champion = new double[rows];
        double[] candidate = new double[rows];
        for (int i = 0; i < rows; i++) {
            positive[i] = random.nextDouble() < 0.4;
            champion[i] = Math.round((positive[i] ? 0.3 : 0) + random.nextDouble() * 10) / 10.0;
            candidate[i] = Math.round((positive[i] ? 0.5 : 0) + random.nextDouble() * 10) / 10.0;
        }
        DeLongResult original = DeLongTest.compare(positive, champion, candidate, 0.95);
        reverse(positive, champion, candidate);

        DeLongResult reversed = DeLongTest.compare(positive, champion, candidate, 0.95);

        assertThat(reversed.difference()).isCloseTo(original.difference(), within(1e-12));
        assertThat(reversed.standardError()).isCloseTo(original.standardError(), within(1e-12));
    }

    @Test
    void shouldRequireTwoRowsOfEachClass() {
        boolean[] positive = {true, false, false, false};
        double[] scores = {0.9, 0.1, 0.2, 0.3};

        assertThatThrownBy(() -> DeLongTest.compare(positive, scores, scores, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 positives and 2 negatives, got 1 and 3");
    }

    private static void reverse(final boolean[] positive, final double[] champion, final double[] candidate) {
        for (int i = 0, j = positive.length - 1; i < j; i++, j--) {
            boolean label = positive[i];
            positive[i] = positive[j];
            positive[j] = label;
            double a = champion[i];
            champion[i] = champion[j];
            champion[j] = a;
            double b = candidate[i];
            candidate[i] = candidate[j];
            candidate[j] = b;
        }
    }

    private static String[] expected(final String dataset) throws IOException {
        return rows("expected.tsv").stream()
                .map(row -> row.split("\t"))
                .filter(field -> field[0].equals(dataset))
                .findFirst()
                .orElseThrow();
    }

    private static Columns read(final String dataset) throws IOException {
        List<String> rows = rows(dataset + ".tsv");
        Columns columns = new Columns(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] field = rows.get(i).split("\t");
            columns.positive[i] = field[0].equals("1");
            columns.champion[i] = Double.parseDouble(field[1]);
            columns.candidate[i] = Double.parseDouble(field[2]);
        }
        return columns;
    }

    private static List<String> rows(final String name) throws IOException {
        return Files.readAllLines(Fixtures.of(DeLongTestTest.class, name)).stream()
                .filter(line -> !line.startsWith("#"))
                .skip(1)
                .toList();
    }

    private static final class Columns {
        final boolean[] positive;
        final double[] champion;
        final double[] candidate;

        Columns(final int rows) {
            positive = new boolean[rows];
            champion = new double[rows];
            candidate = new double[rows];
        }
    }
}
