package io.modelgate.server.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.scoring.ModelField;
import io.modelgate.server.http.ApiError;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FieldRuleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldReadIntegersOnlyFromIntegralNumbers() throws Exception {
        var rule = new FieldRule(new ModelField("children", "integer", "continuous", List.of()));

        assertThat(rule.read(json("3"), 0)).isEqualTo(3L);
        assertThat(rule.read(json("3.0"), 0)).isEqualTo(3L);
        assertThat(rule.read(json("null"), 0)).isNull();
        assertRefused(
                () -> rule.read(json("3.5"), 4), "wrong_type", "record 4: the field 'children' must be an integer");
        assertRefused(() -> rule.read(json("\"3\""), 0), "wrong_type", "not string \"3\"");
        assertRefused(() -> rule.read(null, 2), "missing_field", "record 2: the field 'children' is missing");
    }

    @Test
    void shouldReadNumbersBooleansAndStringsByTheirPmmlType() throws Exception {
        var number = new FieldRule(new ModelField("income", "double", "continuous", List.of()));
        var flag = new FieldRule(new ModelField("owner", "boolean", "categorical", List.of()));
        var date = new FieldRule(new ModelField("since", "date", "continuous", List.of()));

        assertThat(number.read(json("1"), 0)).isEqualTo(1.0);
        assertThat(number.read(json("1.5e3"), 0)).isEqualTo(1500.0);
        assertRefused(() -> number.read(json("true"), 0), "wrong_type", "must be a number, not boolean true");
        assertThat(flag.read(json("true"), 0)).isEqualTo(true);
        assertRefused(() -> flag.read(json("1"), 0), "wrong_type", "must be a boolean");
        assertThat(date.read(json("\"2026-11-28\""), 0)).isEqualTo("2026-11-28");
    }

    @Test
    void shouldRefuseACategoryTheModelDoesNotKnow() throws Exception {
        var region = new FieldRule(new ModelField("region", "string", "categorical", List.of("north", "south")));
        var grade = new FieldRule(new ModelField("grade", "integer", "categorical", List.of("1", "2")));

        assertThat(region.read(json("\"north\""), 0)).isEqualTo("north");
        assertRefused(
                () -> region.read(json("\"North\""), 1),
                "unknown_category",
                "record 1: the field 'region' has the unknown category \"North\"; valid: north, south");
        assertThat(grade.read(json("2"), 0)).isEqualTo(2L);
        assertRefused(() -> grade.read(json("3"), 0), "unknown_category", "valid: 1, 2");
    }

    private static JsonNode json(final String text) throws Exception {
        return JSON.readTree(text);
    }

    private static void assertRefused(final ThrowingCallable call, final String code, final String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ApiError.class, error -> {
                    assertThat(error.status()).isEqualTo(400);
                    assertThat(error.code()).isEqualTo(code);
                })
                .hasMessageContaining(message);
    }
}
