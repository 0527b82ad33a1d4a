package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EMAIL|john.doe@example.com|j***@e***.com",
                "EMAIL|  a@mail.example.co.uk |a***@m***.uk",
                "PHONE|+44 20 7946 0958|+** ** **** **58",
                "PHONE|(555) 123-4567|(***) ***-**67",
                "PAYMENT_CARD|4111 1111 1111 1234|**** **** **** 1234",
                "PAYMENT_CARD|378282246310005|***********0005",
                "IBAN|DE89 3704 0044 0532 0130 00|DE** **** **** **** **30 00",
                "IBAN|GB82WEST12345698765432|GB****************5432",
                "US_SSN|123-45-6789|***-**-6789",
                "IPV4|192.168.1.23|192.*.*.*",
                "IPV6|2001:db8::8a2e:370:7334|2001:*",
                "IPV6|::1|:*",
                "NAME|Alice|A***",
                "NAME|  Zoë Smith|Z***"
            })
    void shouldMaskByTheDocumentedRule(final PiiKind kind, final String value, final String masked) {
        assertThat(Masking.mask(kind, value)).isEqualTo(masked);
    }

    @Test
    void shouldNeverShowMoreThanFourDigitsOfACard() {
        String card = "4111 1111 1111 1111 111";

        String masked = Masking.mask(PiiKind.PAYMENT_CARD, card);

        assertThat(masked.chars().filter(Character::isDigit).count()).isEqualTo(4);
        assertThat(masked).hasSameSizeAs(card).endsWith("1 111");
    }

    @Test
    void shouldShowOnlyCountryCodeAndFourCharactersOfAnIban() {
        String iban = "FR14 2004 1010 0505 0001 3M02 606";

        String masked = Masking.mask(PiiKind.IBAN, iban);

        assertThat(masked.chars().filter(Character::isLetterOrDigit).count()).isEqualTo(6);
        assertThat(masked).startsWith("FR**").endsWith("2 606");
    }

    @Test
    void shouldNotLeakTheLocalPartOrDomainOfAnEmail() {
        String masked = Masking.mask(PiiKind.EMAIL, "secret.person@private-domain.example.com");

        assertThat(masked).isEqualTo("s***@p***.com").doesNotContain("secret", "private", "example");
    }

    @Test
    void shouldShowAtMostTwoDigitsOfAPhone() {
        String masked = Masking.mask(PiiKind.PHONE, "+1 (555) 123-4567");

        assertThat(masked.chars().filter(Character::isDigit).count()).isEqualTo(2);
    }
}
