package io.modelgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {
    @ParameterizedTest
    @CsvSource({
        "0,0",
        "42,42",
        "-7,-7",
        "+7,7",
        "9223372036854775807,9223372036854775807",
        "-9223372036854775808,-9223372036854775808"
    })
    void shouldParseIntegers(final String text, final long expected) {
        assertThat(Values.parseInteger(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1.5", "1e3", "abc", "9223372036854775808", "-", "''", "12a"})
    void shouldRejectWhatIsNotAnInteger(final String text) {
        assertThat(Values.parseInteger(text)).isNull();
    }

    @Test
    void shouldParseDoublesAsPythonWritesThem() {
        assertThat(Values.parseDouble("1.5")).isEqualTo(1.5);
        assertThat(Values.parseDouble("-2e-3")).isEqualTo(-0.002);
        assertThat(Values.parseDouble("NaN")).isNaN();
        assertThat(Values.parseDouble("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Values.parseDouble("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Values.parseDouble("1.5f")).isNull();
        assertThat(Values.parseDouble("0x10")).isNull();
        assertThat(Values.parseDouble("1,5")).isNull();
    }

    @Test
    void shouldParseBooleansAndMissingValues() {
        assertThat(Values.parseBoolean("TRUE")).isTrue();
        assertThat(Values.parseBoolean("0")).isFalse();
        assertThat(Values.parseBoolean("yes")).isNull();
        assertThat(Values.isMissing("")).isTrue();
        assertThat(Values.isMissing("  ")).isTrue();
        assertThat(Values.isMissing("0")).isFalse();
    }

    @Test
    void shouldParseDatesStrictly() {
        TemporalFormat iso = TemporalFormat.of(ColumnType.DATE, null);
        TemporalFormat european = TemporalFormat.of(ColumnType.DATE, "dd/MM/yyyy");
        TemporalFormat timestamp = TemporalFormat.of(ColumnType.TIMESTAMP, null);

        assertThat(iso.toEpoch("1970-01-02")).isEqualTo(1L);
        assertThat(iso.toEpoch("2024-02-29")).isEqualTo(19_782L);
        assertThat(iso.toEpoch("2023-02-29")).isNull();
        assertThat(iso.toEpoch("2024-13-01")).isNull();
        assertThat(iso.toEpoch("3/11/2026")).isNull();
        assertThat(european.toEpoch("02/01/1970")).isEqualTo(1L);
        assertThat(timestamp.toEpoch("1970-01-01T00:01:00Z")).isEqualTo(60L);
        assertThat(timestamp.toEpoch("1970-01-01 00:00:30")).isEqualTo(30L);
        assertThat(timestamp.toEpoch("yesterday")).isNull();
    }
}
