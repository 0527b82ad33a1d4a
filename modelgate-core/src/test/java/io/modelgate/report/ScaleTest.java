package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {
    @ParameterizedTest
    @CsvSource({"0.35, 0.5", "0.3, 0.5", "0.2, 0.2", "0.21, 0.25", "7, 10", "700, 1000", "1, 1", "0, 1", "-3, 1"})
    void shouldRoundTheAxisMaximumUp(final double maximum, final double expected) {
        assertThat(Scale.niceMaximum(maximum)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }
}
