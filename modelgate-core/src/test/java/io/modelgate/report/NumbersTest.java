package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "1000, '1,000'",
        "-1234567, '-1,234,567'",
        "0.05, 0.05",
        "41.237, 41.24",
        "0.123456, 0.1235",
        "0.001, 0.001",
        "0.00099, 9.9e-4",
        "1e-5, 1e-5",
        "2.345e-12, 2.35e-12",
        "123456.789, 123500",
        "1e12, 1e12",
    })
    void shouldFormatNumbersReadably(final double value, final String expected) {
        assertThat(Numbers.format(value)).isEqualTo(expected);
    }

    @Test
    void shouldFormatSpecialValues() {
        assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("\u221E");
        assertThat(Numbers.format(Double.NEGATIVE_INFINITY)).isEqualTo("\u2212\u221E");
    }

    @Test
    void shouldFormatJsonValues() {
        JsonNodeFactory json = JsonNodeFactory.instance;

        assertThat(Numbers.of(null)).isEqualTo("\u2013");
        assertThat(Numbers.of(json.nullNode())).isEqualTo("\u2013");
        assertThat(Numbers.of(json.numberNode(12345L))).isEqualTo("12,345");
        assertThat(Numbers.of(json.numberNode(2e-4))).isEqualTo("2e-4");
        assertThat(Numbers.of(json.booleanNode(true))).isEqualTo("yes");
        assertThat(Numbers.of(json.textNode("x"))).isEqualTo("x");
        assertThat(Numbers.of(json.arrayNode().add(1))).isEqualTo("[1]");
    }

    @Test
    void shouldFormatPercentages() {
        assertThat(Numbers.percent(12, 1000)).isEqualTo("1.2%");
    }
}
