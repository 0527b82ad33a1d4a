package io.modelgate.server;

import static io.modelgate.server.ServiceFixture.fixture;
import static io.modelgate.server.ServiceFixture.holdout;
import static io.modelgate.server.ServiceFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import io.modelgate.server.requestlog.RequestLog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PredictApiTest {
    @Test
    void shouldAnswerABatchWithExactlyTheModelsOwnPredictions() throws Exception {
        Path model = fixture("CreditLogistic.pmml");
        PmmlModel pmml = PmmlModel.load(model);
        List<Map<String, Object>> records = holdout();
        try (ServiceFixture service = ServiceFixture.start(model)) {
            HttpResponse<String> response = service.predict(Map.of("instances", records));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode answer = json(response);
            assertThat(answer.get("model").asText()).isEqualTo("credit");
            assertThat(answer.get("version").asText()).isEqualTo(pmml.hash().substring(0, 12));
            assertThat(answer.get("requestId").asText()).isNotBlank();
            assertThat(answer.get("predictions")).hasSize(records.size());
            for (int i = 0; i < records.size(); i++) {
                Prediction expected = pmml.score(records.get(i));
                JsonNode prediction = answer.get("predictions").get(i);
                assertThat(prediction.get("label").asText()).as("record %d", i).isEqualTo(expected.label());
                for (Map.Entry<String, Double> probability :
                        expected.probabilities().entrySet()) {
                    assertThat(prediction
                                    .get("probabilities")
                                    .get(probability.getKey())
                                    .doubleValue())
                            .as("record %d, class %s", i, probability.getKey())
                            .isEqualTo(probability.getValue());
                }
            }
        }
    }

    @Test
    void shouldAnswerOneInstanceWithOnePrediction() throws Exception {
        Path model = fixture("CreditTree.pmml");
        Map<String, Object> record = holdout().get(7);
        Prediction expected = PmmlModel.load(model).score(record);
        try (ServiceFixture service = ServiceFixture.start(model)) {
            JsonNode answer = json(service.predict(Map.of("instance", record)));

            assertThat(answer.has("predictions")).isFalse();
            assertThat(answer.get("prediction").get("label").asText()).isEqualTo(expected.label());
            assertThat(answer.get("prediction").get("probabilities").get("1").doubleValue())
                    .isEqualTo(expected.probability("1"));
        }
    }

    @Test
    void shouldAnswerARegressionWithItsValue() throws Exception {
        Path model = fixture("CreditLimitLinear.pmml");
        PmmlModel pmml = PmmlModel.load(model);
        List<Map<String, Object>> records = holdout().subList(0, 20);
        try (ServiceFixture service = ServiceFixture.start(model)) {
            JsonNode answer = json(service.predict(Map.of("instances", records)));

            for (int i = 0; i < records.size(); i++) {
                assertThat(answer.get("predictions").get(i).get("value").doubleValue())
                        .isEqualTo(pmml.score(records.get(i)).value());
                assertThat(answer.get("predictions").get(i).has("label")).isFalse();
            }
        }
    }

    @Test
    void shouldDescribeTheModelItServes() throws Exception {
        Path model = fixture("CreditLogistic.pmml");
        try (ServiceFixture service = ServiceFixture.start(model)) {
            HttpResponse<String> response = service.get("/v1/models/credit");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode description = json(response);
            assertThat(description.get("name").asText()).isEqualTo("credit");
            assertThat(description.get("digests").get("model").asText())
                    .isEqualTo(PmmlModel.load(model).hash());
            assertThat(description.get("function").asText()).isEqualTo("classification");
            assertThat(description.get("inputs").findValuesAsText("name"))
                    .containsExactlyInAnyOrder("age", "income", "debt_ratio", "employment_years", "region");
            assertThat(description.get("inputs").get(0).get("categories").toString())
                    .isEqualTo("[\"north\",\"south\",\"east\",\"west\"]");
            assertThat(description.get("target").get("name").asText()).isEqualTo("default");
            assertThat(description.get("classLabels").toString()).isEqualTo("[\"0\",\"1\"]");
            assertThat(description.get("outputs").toString()).contains("probability(1)");
        }
    }

    @Test
    void shouldNameTheRecordAndFieldOfEveryInvalidValue() throws Exception {
        List<Map<String, Object>> records = holdout().subList(0, 3);
        try (ServiceFixture service = ServiceFixture.start(fixture("CreditLogistic.pmml"))) {
            assertRefused(
                    service.predict(Map.of("instances", List.of(records.get(0), without(records.get(1), "age")))),
                    400,
                    "missing_field",
                    1,
                    "age");
            assertRefused(
                    service.predict(Map.of("instances", List.of(with(records.get(0), "income", "much")))),
                    400,
                    "wrong_type",
                    0,
                    "income");
            assertRefused(
                    service.predict(Map.of(
                            "instances",
                            List.of(records.get(0), records.get(1), with(records.get(2), "region", "atlantis")))),
                    400,
                    "unknown_category",
                    2,
                    "region");
            assertRefused(
                    service.predict(Map.of("instances", List.of(records.get(0), 42))), 400, "not_an_object", 1, null);
        }
    }

    @Test
    void shouldTakeNullAsAMissingValueAndIgnoreUnknownFields() throws Exception {
        Path model = fixture("CreditLogistic.pmml");
        Map<String, Object> record = with(with(holdout().get(0), "age", null), "comment", "ignored");
        Prediction expected = PmmlModel.load(model).score(record);
        try (ServiceFixture service = ServiceFixture.start(model)) {
            HttpResponse<String> response = service.predict(Map.of("instance", record));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode prediction = json(response).get("prediction");
            if (expected.label() == null) {
                assertThat(prediction.get("label").isNull()).isTrue();
            } else {
                assertThat(prediction.get("label").asText()).isEqualTo(expected.label());
            }
        }
    }

    @Test
    void shouldRefuseMalformedRequests() throws Exception {
        try (ServiceFixture service = ServiceFixture.start(fixture("CreditLogistic.pmml"))) {
            assertRefused(
                    service.post("/v1/models/credit:predict", "{\"instances\": [{\"age\": 1}"),
                    400,
                    "malformed_json",
                    -1,
                    null);
            assertThat(json(service.post("/v1/models/credit:predict", "{\"instances\": [{\"age\": 1}"))
                            .get("message")
                            .asText())
                    .contains("line 1, column")
                    .doesNotContain("Source");
            assertRefused(service.post("/v1/models/credit:predict", ""), 400, "malformed_json", -1, null);
            assertRefused(service.post("/v1/models/credit:predict", "[1, 2]"), 400, "malformed_request", -1, null);
            assertRefused(
                    service.post("/v1/models/credit:predict", "{\"instances\": {}}"),
                    400,
                    "malformed_request",
                    -1,
                    null);
            assertRefused(
                    service.post("/v1/models/credit:predict", "{\"instances\": []}"), 400, "empty_batch", -1, null);
            assertRefused(
                    service.post("/v1/models/credit:predict", "{\"instance\": {}, \"instances\": []}"),
                    400,
                    "malformed_request",
                    -1,
                    null);
            assertRefused(service.post("/v1/models/other:predict", "{}"), 404, "model_not_found", -1, null);
            assertRefused(service.get("/v1/models/other"), 404, "model_not_found", -1, null);
            assertRefused(service.get("/v2/anything"), 404, "not_found", -1, null);
            assertRefused(service.get("/v1/models/credit:predict"), 405, "method_not_allowed", -1, null);
        }
    }

    @Test
    void shouldLimitTheBatchAndTheBody() throws Exception {
        List<Map<String, Object>> records = holdout();
        ServerOptions options = ServiceFixture.options().withLimits(16 * 1024, 50, 2_000);
        try (ServiceFixture service =
                ServiceFixture.start(options, fixture("CreditLogistic.pmml"), RequestLog.disabled())) {
            assertThat(service.predict(Map.of("instances", records.subList(0, 50)))
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> batch = service.predict(Map.of("instances", records.subList(0, 51)));
            assertRefused(batch, 400, "batch_too_large", -1, null);
            assertThat(json(batch).get("message").asText())
                    .contains("51 records")
                    .contains("50");

            HttpResponse<String> body = service.predict(Map.of("instances", records.subList(0, 200)));
            assertRefused(body, 413, "body_too_large", -1, null);
            assertThat(json(body).get("message").asText()).contains("16384 bytes");
            assertThat(service.predict(Map.of("instances", records.subList(0, 2)))
                            .statusCode())
                    .as("the connection still serves after a 413")
                    .isEqualTo(200);
        }
    }

    static void assertRefused(
            final HttpResponse<String> response,
            final int status,
            final String error,
            final int record,
            final String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("requestId").asText()).isNotBlank();
        if (record >= 0) {
            assertThat(body.get("record").asInt()).isEqualTo(record);
            assertThat(body.get("message").asText()).contains("record " + record);
        } else {
            assertThat(body.has("record")).isFalse();
        }
        if (field != null) {
            assertThat(body.get("field").asText()).isEqualTo(field);
            assertThat(body.get("message").asText()).contains("'" + field + "'");
        }
    }

    static Map<String, Object> with(final Map<String, Object> record, final String field, final Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(record);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(final Map<String, Object> record, final String field) {
        Map<String, Object> copy = new LinkedHashMap<>(record);
        copy.remove(field);
        return copy;
    }
}
