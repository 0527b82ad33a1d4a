package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiDetectorTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "john.doe@example.com|EMAIL",
                "  J.Doe+tag@mail.example.co.uk |EMAIL",
                "o'brien_1@sub-domain.example.org|EMAIL",
                "+44 20 7946 0958|PHONE",
                "+1 (555) 123-4567|PHONE",
                "+4915112345678|PHONE",
                "+44 (0)20 7946 0958|PHONE",
                "(555) 123-4567|PHONE",
                "555-123-4567|PHONE",
                "555.123.4567|PHONE",
                "020 7946 0958|PHONE",
                "06 12 34 56 78|PHONE",
                "1-800-555-0199|PHONE",
                "4111 1111 1111 1111|PAYMENT_CARD",
                "378282246310005|PAYMENT_CARD",
                "GB82 WEST 1234 5698 7654 32|IBAN",
                "DE89370400440532013000|IBAN",
                "123-45-6789|US_SSN",
                "899-99-9999|US_SSN",
                "192.168.1.23|IPV4",
                "192.168.10.200|IPV4",
                "2001:db8::8a2e:370:7334|IPV6",
                "::1|IPV6"
            })
    void shouldRecogniseEachKind(final String value, final PiiKind kind) {
        assertThat(PiiDetector.detect(value)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345",
                "3.14",
                "-2.5e10",
                "2024-01-02",
                "02.01.2024",
                "2024-01-02 10:30:00",
                "2024-01-02T10:30:00Z",
                "10:30",
                "4917612345678",
                "02079460958",
                "1234567890",
                "1 234 567 890",
                "1.234.567.890",
                "12,345,678.90",
                "123456.7890",
                "(12) 34",
                "+0 20 7946 0958",
                "+44 20",
                "+44  20 7946 0958",
                "-555-123-4567",
                "London",
                "A12-345-67",
                "john.doe@",
                "@example.com",
                "john@@example.com",
                "john@example",
                "john@example.c",
                "jo..hn@example.com",
                ".john@example.com",
                "john@-example.com",
                "john@exa_mple.com",
                "john doe@example.com",
                "a@b@example.com",
                "000-12-3456",
                "666-12-3456",
                "900-12-3456",
                "123-00-4567",
                "123-45-0000",
                "123456789",
                "123 45 6789",
                "4111 1111 1111 1112",
                "DE88370400440532013000",
                "1.2.3.256",
                "00:1A:2B:3C:4D:5E",
                "550e8400-e29b-41d4-a716-446655440000",
                "",
                "   "
            })
    void shouldNotTakeNumbersDatesIdentifiersOrBrokenValuesForPersonalData(final String value) {
        assertThat(PiiDetector.detect(value)).isEmpty();
    }

    @Test
    void shouldIgnoreValuesLongerThanAnyKind() {
        String longLocal = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
        String tooLong = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".com";

        assertThat(longLocal).hasSize(PiiDetector.MAX_LENGTH);
        assertThat(PiiDetector.detect(longLocal)).contains(PiiKind.EMAIL);
        assertThat(PiiDetector.detect(tooLong)).isEmpty();
        assertThat(PiiDetector.detect("a".repeat(65) + "@example.com")).isEmpty();
    }

    @Test
    void shouldRejectAdversarialInputsInLinearTime() {
        String manyDots = "a.".repeat(20_000) + "@";
        String manyLabels = "x@" + "a-".repeat(50_000);

        assertThat(PiiDetector.detect(manyDots)).isEmpty();
        assertThat(PiiDetector.detect(manyLabels)).isEmpty();
        assertThat(EmailAddress.matches(manyLabels, 0, manyLabels.length())).isFalse();
    }

    @Test
    void shouldRarelyTakeRandomIdentifiersForCards() {
        Random random = new Random(42);
        int cards = 0;
        int samples = 50_000;
        for (int i = 0; i < samples; i++) {
            char[] digits = new char[16];
            for (int d = 0; d < digits.length; d++) {
                digits[d] = (char) ('0' + random.nextInt(10));
            }
            String id = new String(digits);
            if (PiiDetector.detect(id).isPresent()) {
                cards++;
            }
        }

        assertThat((double) cards / samples)
                .as("share of random 16-digit identifiers taken for cards")
                .isBetween(0.02, 0.04)
                .isLessThan(PiiThresholds.DEFAULT_MIN_SHARE);
    }
}
