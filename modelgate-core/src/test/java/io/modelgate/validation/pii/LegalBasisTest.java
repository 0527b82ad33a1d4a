package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LegalBasisTest {
    @Test
    void shouldOfferTheSixBasesOfArticleSixInOrder() {
        assertThat(LegalBasis.labels())
                .isEqualTo("consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests");
        assertThat(LegalBasis.values())
                .extracting(LegalBasis::article)
                .containsExactly(
                        "Art. 6(1)(a)", "Art. 6(1)(b)", "Art. 6(1)(c)", "Art. 6(1)(d)", "Art. 6(1)(e)", "Art. 6(1)(f)");
    }

    @Test
    void shouldFindBasesIgnoringCaseAndBlanks() {
        assertThat(LegalBasis.find(" Consent ")).contains(LegalBasis.CONSENT);
        assertThat(LegalBasis.find("legitimate_interests")).contains(LegalBasis.LEGITIMATE_INTERESTS);
        assertThat(LegalBasis.find("marketing")).isEmpty();
        assertThat(LegalBasis.find(null)).isEmpty();
        assertThat(LegalBasis.find("")).isEmpty();
    }

    @Test
    void shouldListTheBasesWhenParsingAnUnknownOne() {
        assertThatThrownBy(() -> LegalBasis.parse("marketing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'marketing'")
                .hasMessageContaining("consent, contract, legal_obligation");
    }
}
