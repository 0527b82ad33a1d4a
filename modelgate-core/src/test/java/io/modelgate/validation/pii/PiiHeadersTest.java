package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiHeadersTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "name",
                "first_name",
                "FirstName",
                "LAST-NAME",
                "surname",
                "full name",
                "given_name",
                "family_name",
                "customer_name",
                "patientLastName",
                "account_holder_name",
                " Name "
            })
    void shouldRecogniseColumnsOfPersonNames(final String column) {
        assertThat(PiiHeaders.kindFor(column)).contains(PiiKind.NAME);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "product_name",
                "file_name",
                "model_name",
                "company_name",
                "named_entity",
                "username",
                "nameplate",
                "customer_id",
                "first",
                "customer_product_name",
                ""
            })
    void shouldNotTakeNamesOfThingsForPersonNames(final String column) {
        assertThat(PiiHeaders.kindFor(column)).isEmpty();
    }
}
