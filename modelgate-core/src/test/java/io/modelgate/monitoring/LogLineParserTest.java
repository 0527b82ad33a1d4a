package io.modelgate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogLineParserTest {
    private final LogLineParser parser = new LogLineParser(List.of("age", "city", "flag", "note"));
    private final LogEntry entry = new LogEntry(4);

    @Test
    void shouldReadEveryFieldOfTheFormat() {
        String problem = parse("{\"timestamp\":\"2026-11-28T07:00:00.123Z\",\"requestId\":\"r-1#3\",\"model\":\"m\","
                + "\"version\":7,\"inputs\":{\"age\":41,\"income\":5.2e4,\"city\":\"S\\u00e3o Paulo \\\"x\\\"\","
                + "\"flag\":true,\"note\":null,\"nested\":{\"a\":[1,{\"b\":2}]}},"
                + "\"outputs\":{\"label\":\"1\",\"probabilities\":{\"0\":0.8,\"1\":2E-1},\"extra\":[]},"
                + "\"latencyMicros\":850, \"unknown\" : [true, false, null, \"s\", -0.5]}");

        assertThat(problem).isNull();
        assertThat(entry.timestamp())
                .isEqualTo(java.time.Instant.parse("2026-11-28T07:00:00.123Z").toEpochMilli());
        assertThat(entry.requestId()).isEqualTo("r-1#3");
        assertThat(entry.version()).isEqualTo("7");
        assertThat(entry.input(0)).isEqualTo("41");
        assertThat(entry.input(1)).isEqualTo("São Paulo \"x\"");
        assertThat(entry.input(2)).isEqualTo("true");
        assertThat(entry.input(3)).isNull();
        assertThat(entry.label()).isEqualTo("1");
        assertThat(entry.probability("1")).isEqualTo(0.2);
        assertThat(entry.probability("2")).isNaN();
        assertThat(entry.latencyMicros()).isEqualTo(850);
    }

    @Test
    void shouldReadARegressionAndUtf8Keys() {
        assertThat(parse("{\"outputs\":{\"value\":-12.5},\"inputs\":{\"ciudad\\u0301\":1,\"city\":\"Zürich\"},"
                        + "\"timestamp\":\"2026-11-28T08:00:00+01:00\"}"))
                .isNull();

        assertThat(entry.value()).isEqualTo(-12.5);
        assertThat(entry.label()).isNull();
        assertThat(entry.input(1)).isEqualTo("Zürich");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":{\"label\":\"1\"},}",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":{\"label\":\"1\"}} x",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\" \"outputs\":{\"label\":\"1\"}}",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":{\"label\":01}}",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":{\"label\":\"1\\x\"}}",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":{\"label\":tru}}",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":{\"label\":\"1\"}",
                "[1,2",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":{\"value\":1.}}",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":{\"label\":\"a\tb\"}}"
            })
    void shouldRejectWhatJacksonRejects(final String line) {
        assertThat(parse(line)).startsWith("malformed JSON");
        ObjectMapper strict = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.readTree(line))
                .isInstanceOf(Exception.class);
    }

    @Test
    void shouldRejectJsonThatIsNotAnObject() {
        assertThat(parse("[1,2]")).isEqualTo("malformed JSON: expected '{' at column 1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"outputs\":{\"label\":\"1\"}}",
                "{\"timestamp\":\"yesterday\",\"outputs\":{\"label\":\"1\"}}",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\"}",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":{\"value\":\"high\"}}",
                "{\"timestamp\":\"2026-11-28T07:00:00Z\",\"outputs\":[]}"
            })
    void shouldRejectValidJsonWithoutTheRequiredFields(final String line) {
        assertThat(parse(line)).startsWith("no ");
    }

    private String parse(final String line) {
        byte[] bytes = ("  " + line + "\n").getBytes(StandardCharsets.UTF_8);
        return parser.parse(bytes, 2, bytes.length - 3, entry);
    }
}
