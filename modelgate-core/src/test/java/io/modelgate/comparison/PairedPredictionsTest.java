package io.modelgate.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.report.GateStatus;
import org.junit.jupiter.api.Test;

class PairedPredictionsTest {
    @Test
    void shouldRejectUnpairedArraysWithTheirLengths() {
        assertThatThrownBy(() -> PairedPredictions.regression(new double[3], new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Predictions must be paired: 3 targets, 2 champion and 3 candidate predictions");
        assertThatThrownBy(() -> PairedPredictions.regression(new double[2], new double[2], new double[2])
                        .withSlice("region", new String[] {"north"}))
                .hasMessage("Slice column region has 1 keys for 2 rows");
        assertThatThrownBy(() -> PairedPredictions.regression(new double[0], null, new double[0]))
                .hasMessage("The holdout has no rows");
    }

    @Test
    void shouldKeepTheRowsOfASliceInOrder() {
        PairedPredictions predictions = PairedPredictions.regression(
                new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40}, new double[] {5, 6, 7, 8});

        PairedPredictions slice = predictions.subset(new int[] {1, 3});

        assertThat(slice.targets()).containsExactly(2, 4);
        assertThat(slice.champion())
                .hasValueSatisfying(champion -> assertThat(champion).containsExactly(20, 40));
        assertThat(slice.candidate()).containsExactly(6, 8);
        assertThat(slice.isBinary()).isFalse();
    }

    @Test
    void shouldLeaveAnAucSliceWithOneClassInactive() {
        double[][] columns = Holdouts.binary(1000, 9, 0.8);
        String[] segment = new String[1000];
        for (int i = 0; i < segment.length; i++) {
            segment[i] = columns[0][i] == 0 && i % 2 == 0 ? "negatives-only" : "mixed";
        }
        PairedPredictions predictions = Holdouts.paired(columns).withSlice("segment", segment);

        ComparisonReport report = ChampionCandidateComparison.compare(
                predictions, ComparisonPolicy.of(ComparisonMetric.AUC).withBootstrap(100, 1));

        assertThat(report.check("slice:segment=negatives-only").status()).isEqualTo(GateStatus.INACTIVE);
        assertThat(report.check("slice:segment=negatives-only").message())
                .contains("AUC needs both classes, the slice has only negatives");
        assertThat(report.check("slice:segment=mixed").status()).isNotEqualTo(GateStatus.INACTIVE);
    }
}
