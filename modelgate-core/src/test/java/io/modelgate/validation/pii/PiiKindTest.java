package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PiiKindTest {
    @Test
    void shouldUseTheLabelsOfSchemaFiles() {
        assertThat(Arrays.stream(PiiKind.values()).map(PiiKind::label))
                .containsExactly("email", "phone", "payment_card", "iban", "ssn", "ipv4", "ipv6", "name");
    }

    @Test
    void shouldParseEveryLabelIgnoringCaseAndBlanks() {
        assertThat(PiiKind.values())
                .allSatisfy(kind -> assertThat(PiiKind.parse(" " + kind.label().toUpperCase() + " "))
                        .isEqualTo(kind));
    }

    @Test
    void shouldListTheLabelsWhenTheKindIsUnknown() {
        assertThatThrownBy(() -> PiiKind.parse("passport"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown pii kind 'passport': expected one of email, phone, payment_card, iban, ssn, ipv4,"
                        + " ipv6, name");
    }

    @Test
    void shouldTellHeaderBasedKinds() {
        assertThat(Arrays.stream(PiiKind.values()).filter(PiiKind::isHeaderBased))
                .containsExactly(PiiKind.NAME);
    }
}
