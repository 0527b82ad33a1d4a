package io.modelgate.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.data.Values;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalParserTest {
    @Test
    void shouldGiveExactlyWhatValuesGivesForPlainDecimals() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            String text =
                    switch (i % 4) {
                        case 0 -> Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(12) - 4));
                        case 1 -> String.format(java.util.Locale.ROOT, "%.6f", random.nextDouble() * 1000);
                        case 2 -> Long.toString(random.nextLong() % 10_000_000_000L);
                        default -> "-" + random.nextInt(1000) + "." + random.nextInt(100);
                    };
            double parsed = DecimalParser.parse(text, false);
            if (!Double.isNaN(parsed)) {
                assertThat(parsed).as(text).isEqualTo(Values.parseDouble(text));
            }
        }
    }

    @Test
    void shouldLeaveEverythingElseToValues() {
        for (String text :
                new String[] {"", " 1", "1e5", "nan", "inf", "1.2.3", "-", ".", "12345678901234567890", "0x1"}) {
            assertThat(DecimalParser.parse(text, false)).as(text).isNaN();
        }
        assertThat(DecimalParser.parse("2.5", true)).isNaN();
        assertThat(DecimalParser.parse("-0", true)).isEqualTo(0.0);
        assertThat(DecimalParser.parse(".5", false)).isEqualTo(0.5);
        assertThat(DecimalParser.parse("+7.", false)).isEqualTo(7.0);
    }
}
