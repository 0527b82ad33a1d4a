package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentCardTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111 1111 1111 1111",
                "4111-1111-1111-1111",
                "4111111111111111",
                "4012888888881881",
                "4222222222222",
                "5555 5555 5555 4444",
                "5105105105105100",
                "2223003122003222",
                "3782 822463 10005",
                "371449635398431",
                "30569309025904",
                "38520000023237",
                "6011111111111117",
                "3530111333300000",
                "6200000000000005",
                "6759649826438453"
            })
    void shouldRecognisePublishedTestCardNumbers(final String value) {
        assertThat(matches(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111 1111 1111 1112",
                "4111111111111",
                "41111111111111111111",
                "4111  1111 1111 1111",
                "4111 1111 1111 1111 ",
                "-4111111111111111",
                "4111.1111.1111.1111",
                "9111111111111115",
                "1234567812345670",
                "7000000000000000"
            })
    void shouldRejectBadCheckDigitsLengthsSeparatorsAndUnknownIssuers(final String value) {
        assertThat(matches(value)).isFalse();
    }

    @Test
    void shouldAgreeWithPythonStdnumOnTheLuhnCheck() {
        List<String[]> rows = Fixtures.tsv(PaymentCardTest.class, "cards.tsv");

        assertThat(rows).hasSize(200);
        assertThat(rows).allSatisfy(row -> {
            boolean valid = Boolean.parseBoolean(row[1]);
            assertThat(PaymentCard.hasLuhnCheckDigit(row[0], 0, row[0].length()))
                    .as(row[0])
                    .isEqualTo(valid);
            assertThat(matches(row[0])).as("known prefix " + row[0]).isEqualTo(valid);
        });
        assertThat(rows).filteredOn(row -> row[1].equals("true")).hasSizeBetween(100, 130);
    }

    @Test
    void shouldKnowTheIssuerRangesAtTheirEdges() {
        assertThat(PaymentCard.hasKnownPrefix(2221)).isTrue();
        assertThat(PaymentCard.hasKnownPrefix(2720)).isTrue();
        assertThat(PaymentCard.hasKnownPrefix(2220)).isFalse();
        assertThat(PaymentCard.hasKnownPrefix(2721)).isFalse();
        assertThat(PaymentCard.hasKnownPrefix(3059)).isTrue();
        assertThat(PaymentCard.hasKnownPrefix(3060)).isFalse();
        assertThat(PaymentCard.hasKnownPrefix(3527)).isFalse();
        assertThat(PaymentCard.hasKnownPrefix(3589)).isTrue();
        assertThat(PaymentCard.hasKnownPrefix(6439)).isFalse();
        assertThat(PaymentCard.hasKnownPrefix(6440)).isTrue();
        assertThat(PaymentCard.hasKnownPrefix(1234)).isFalse();
        assertThat(PaymentCard.hasKnownPrefix(5999)).isFalse();
    }

    private static boolean matches(final String value) {
        return PaymentCard.matches(value, 0, value.length());
    }
}
