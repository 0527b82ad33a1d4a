package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class EmpiricalDistancesTest {
    @Test
    void shouldMatchScipyOnSamplesWithTies() {
        for (JsonNode c : Fixtures.json(EmpiricalDistancesTest.class, "expected.json")) {
            WeightedSample a = WeightedSample.ofValues(Fixtures.doubles(c.get("a")));
            WeightedSample b = WeightedSample.ofValues(Fixtures.doubles(c.get("b")));

            assertThat(EmpiricalDistances.kolmogorovSmirnov(a, b))
                    .isCloseTo(c.get("ks").asDouble(), within(1e-12));
            assertThat(EmpiricalDistances.wasserstein(a, b))
                    .isCloseTo(c.get("wasserstein").asDouble(), within(1e-12));
            assertThat(EmpiricalDistances.wasserstein(b, a))
                    .isCloseTo(c.get("wasserstein").asDouble(), within(1e-12));
        }
    }

    @Test
    void shouldMeasureAShiftAsItsSize() {
        WeightedSample a = WeightedSample.ofValues(1, 2, 3, 4);
        WeightedSample b = WeightedSample.ofValues(3.5, 4.5, 5.5, 6.5);

        assertThat(EmpiricalDistances.wasserstein(a, b)).isCloseTo(2.5, within(1e-12));
        assertThat(EmpiricalDistances.kolmogorovSmirnov(a, b)).isCloseTo(0.75, within(1e-12));
        assertThat(EmpiricalDistances.kolmogorovSmirnov(a, a)).isZero();
    }
}
