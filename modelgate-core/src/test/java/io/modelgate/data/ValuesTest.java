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
    void shouldParseDecimalsExactlyAsTheJdkDoes() {
        var random = new java.util.SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            long digits = random.nextLong(1, 1_000_000_000_000_000L) >> random.nextInt(0, 50);
            String text = Long.toString(digits);
            int point = random.nextInt(0, text.length() + 1);
            String decimal = (random.nextBoolean() ? "-" : "") + text.substring(0, point) + "." + text.substring(point);
            assertThat(Values.parseDouble(decimal)).as(decimal).isEqualTo(Double.parseDouble(decimal));
        }
        assertThat(Values.parseDouble("0.1")).isEqualTo(0.1);
        assertThat(Values.parseDouble("123456789012345678.9")).isEqualTo(123456789012345678.9);
        assertThat(Values.parseDouble(".")).isNull();
        assertThat(Values.parseDouble("1.2.3")).isNull();
    }

    @Test
    void shouldComputeEpochDaysAsLocalDateDoes() {
        TemporalFormat iso = TemporalFormat.of(ColumnType.DATE, null);
        for (java.time.LocalDate day = java.time.LocalDate.of(1896, 1, 1);
                day.getYear() < 2104;
                day = day.plusDays(1)) {
            assertThat(iso.toEpoch(day.toString())).isEqualTo(day.toEpochDay());
        }
        assertThat(iso.toEpoch("1900-02-29")).isNull();
        assertThat(iso.toEpoch("2000-02-29")).isEqualTo(11_016L);
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
