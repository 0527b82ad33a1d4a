package io.modelgate.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.data.DataFormatException;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCostTest {
    @TempDir
    Path folder;

    @Test
    void shouldCountTheForestsTreesAndNodes() throws IOException {
        Path forest = RiskFixtures.sklearn("CreditForest.pmml");
        String text = Files.readString(forest);

        ModelStructure structure = ModelStructure.of(forest);

        assertThat(structure.trees()).isEqualTo(8);
        assertThat(structure.segments()).isEqualTo(8);
        assertThat(structure.nodes()).isEqualTo(text.split("<Node[ >/]", -1).length - 1L);
        assertThat(structure.sizeBytes()).isEqualTo(Files.size(forest));
    }

    @Test
    void shouldFindNoTreesInALogisticRegression() throws IOException {
        ModelStructure structure = ModelStructure.of(RiskFixtures.sklearn("CreditLogistic.pmml"));

        assertThat(structure.trees()).isZero();
        assertThat(structure.nodes()).isZero();
    }

    @Test
    void shouldRefuseADoctype() throws IOException {
        Path hostile = folder.resolve("hostile.pmml");
        Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE PMML [<!ENTITY x \"y\">]>\n<PMML>&x;</PMML>\n");

        assertThatThrownBy(() -> ModelStructure.of(hostile))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("hostile.pmml");
    }

    @Test
    void shouldMeasurePositiveLatenciesAndCheckTheLimits() throws IOException {
        PmmlModel model = PmmlModel.load(RiskFixtures.sklearn("CreditForest.pmml"));
        HoldoutSample sample = HoldoutSample.read(model, RiskFixtures.holdout(), 50);

        ScoringLatency latency = ScoringLatency.measure(model, sample, 200, 200);
        ModelCost cost = new ModelCost(ModelStructure.of(RiskFixtures.sklearn("CreditForest.pmml")), latency);

        assertThat(latency.p50Micros()).isPositive();
        assertThat(latency.p99Micros()).isGreaterThanOrEqualTo(latency.p50Micros());
        assertThat(cost.checks(null, null)).extracting(Check::status).containsOnly(GateStatus.PASSED);
        List<Check> limited = cost.checks(100L, null);
        assertThat(limited.get(0).status()).isEqualTo(GateStatus.FAILED);
        assertThat(limited.get(0).message()).contains("8 tree(s) and");
        assertThat(cost.checks(null, 0.0).get(1).status()).isEqualTo(GateStatus.FAILED);
    }
}
