package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class KolmogorovSmirnovTest {
    private static final JsonNode EXPECTED = Fixtures.json(KolmogorovSmirnovTest.class, "expected.json");

    @Test
    void shouldMatchScipyExactPValues() {
        for (JsonNode c : EXPECTED.get("exact")) {
            double p = KolmogorovSmirnov.pValue(
                    c.get("d").asDouble(), c.get("n").asLong(), c.get("m").asLong());
            assertThat(p)
                    .as("n=%s m=%s d=%s", c.get("n"), c.get("m"), c.get("d"))
                    .isCloseTo(
                            c.get("p").asDouble(),
                            within(1e-12 + 1e-9 * c.get("p").asDouble()));
        }
    }

    @Test
    void shouldAgreeWithScipyAsymptoticPValuesWithinFourPercent() {
        for (JsonNode c : EXPECTED.get("asymptotic")) {
            double p = KolmogorovSmirnov.pValue(
                    c.get("d").asDouble(), c.get("n").asLong(), c.get("m").asLong());
            assertThat(p)
                    .as("n=%s m=%s p=%s", c.get("n"), c.get("m"), c.get("p"))
                    .isCloseTo(c.get("p").asDouble(), withinPercentage(4));
        }
    }

    @Test
    void shouldGiveOneForNoDifferenceAndBeSymmetric() {
        assertThat(KolmogorovSmirnov.pValue(0, 50, 70)).isEqualTo(1.0);
        assertThat(KolmogorovSmirnov.exactPValue(0.3, 40, 70))
                .isCloseTo(KolmogorovSmirnov.exactPValue(0.3, 70, 40), within(1e-15));
        assertThat(KolmogorovSmirnov.exactPValue(1.0, 10, 10)).isGreaterThan(0).isLessThan(1e-4);
    }

    @Test
    void shouldMatchKolmogorovsDistributionAtKnownQuantiles() {
        // Critical values of the Kolmogorov distribution: Q(1.3581) = 0.05, Q(1.6276) = 0.01.
        assertThat(KolmogorovSmirnov.kolmogorovSurvival(1.3581)).isCloseTo(0.05, within(1e-4));
        assertThat(KolmogorovSmirnov.kolmogorovSurvival(1.6276)).isCloseTo(0.01, within(1e-4));
        assertThat(KolmogorovSmirnov.kolmogorovSurvival(0.5)).isCloseTo(0.9639, within(1e-4));
    }
}
