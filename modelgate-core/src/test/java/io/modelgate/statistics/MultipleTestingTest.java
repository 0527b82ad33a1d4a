package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class MultipleTestingTest {
    @Test
    void shouldMatchTheNumpyRecipes() {
        for (JsonNode c : Fixtures.json(MultipleTestingTest.class, "expected.json")) {
            double[] p = Fixtures.doubles(c.get("p"));

            assertThat(MultipleTesting.benjaminiHochberg(p))
                    .containsExactly(Fixtures.doubles(c.get("bh")), within(1e-15));
            assertThat(MultipleTesting.bonferroni(p))
                    .containsExactly(Fixtures.doubles(c.get("bonferroni")), within(1e-15));
        }
    }

    @Test
    void shouldAdjustAWorkedExampleByHand() {
        // sorted 0.005, 0.01, 0.03, 0.04, 0.5 times 5/rank: 0.025, 0.025, 0.05, 0.05, 0.5
        double[] adjusted = MultipleTesting.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005, 0.5});

        assertThat(adjusted).containsExactly(new double[] {0.025, 0.05, 0.05, 0.025, 0.5}, within(1e-15));
    }
}
