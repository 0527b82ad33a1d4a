package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DivergencesTest {
    private static final JsonNode EXPECTED = Fixtures.json(DivergencesTest.class, "expected.json");

    @Test
    void shouldMatchEvidentlyPsiAndScipyJensenShannon() {
        for (JsonNode c : EXPECTED.get("shares")) {
            double[] reference = Fixtures.doubles(c.get("reference"));
            double[] current = Fixtures.doubles(c.get("current"));

            assertThat(Divergences.populationStabilityIndex(reference, current))
                    .isCloseTo(c.get("psi").asDouble(), within(1e-12));
            assertThat(Divergences.jensenShannonDistance(reference, current))
                    .isCloseTo(c.get("js").asDouble(), within(1e-12));
        }
    }

    @Test
    void shouldNormaliseCountsForJensenShannon() {
        JsonNode counts = EXPECTED.get("counts");

        assertThat(Divergences.jensenShannonDistance(
                        Fixtures.doubles(counts.get("p")), Fixtures.doubles(counts.get("q"))))
                .isCloseTo(counts.get("js").asDouble(), within(1e-12));
    }

    @Test
    void shouldReachTheUpperBoundOfJensenShannonOnDisjointSupports() {
        assertThat(Divergences.jensenShannonDistance(new double[] {1, 0}, new double[] {0, 1}))
                .isCloseTo(Math.sqrt(Math.log(2)), within(1e-15));
    }
}
