package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ChiSquareTest {
    private static final JsonNode EXPECTED = Fixtures.json(ChiSquareTest.class, "expected.json");

    @Test
    void shouldMatchScipyChiSquareContingencyWithoutCorrection() {
        for (JsonNode c : EXPECTED.get("homogeneity")) {
            ChiSquareResult result =
                    ChiSquare.homogeneity(Fixtures.doubles(c.get("first")), Fixtures.doubles(c.get("second")));

            assertThat(result.statistic()).isCloseTo(c.get("statistic").asDouble(), within(1e-9));
            assertThat(result.degreesOfFreedom()).isEqualTo(c.get("dof").asInt());
            assertThat(result.pValue())
                    .isCloseTo(
                            c.get("p").asDouble(),
                            within(1e-12 + 1e-9 * c.get("p").asDouble()));
            assertThat(result.cramersV()).isCloseTo(c.get("cramersV").asDouble(), within(1e-12));
        }
    }

    @Test
    void shouldMatchScipyUpperTail() {
        for (JsonNode c : EXPECTED.get("survival")) {
            assertThat(ChiSquare.survival(c.get("x").asDouble(), c.get("dof").asInt()))
                    .isCloseTo(
                            c.get("p").asDouble(),
                            within(1e-12 + 1e-9 * c.get("p").asDouble()));
        }
    }

    @Test
    void shouldFindNothingToTestInOneCategory() {
        ChiSquareResult result = ChiSquare.homogeneity(new double[] {5, 0}, new double[] {7, 0});

        assertThat(result.pValue()).isEqualTo(1.0);
        assertThat(result.degreesOfFreedom()).isZero();
    }
}
