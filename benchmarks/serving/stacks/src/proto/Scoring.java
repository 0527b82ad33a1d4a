package proto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** The prototype handler: reads {"instances": [...]}, scores each record, answers the predictions as JSON. */
public final class Scoring {
    static final ObjectMapper JSON = new ObjectMapper();
    static PmmlModel model;
    static final boolean TRIVIAL = Boolean.getBoolean("proto.trivial");

    static void load(String file) throws Exception {
        model = PmmlModel.load(Path.of(file));
    }

    static byte[] handle(byte[] body) throws Exception {
        JsonNode root = JSON.readTree(body);
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode instance : root.get("instances")) {
            Map<String, Object> row = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = instance.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                row.put(e.getKey(), v.isNumber() ? v.numberValue() : v.asText());
            }
            ObjectNode o = out.addObject();
            if (TRIVIAL) {
                double z = -1.2;
                for (Object v : row.values()) if (v instanceof Number n) z += 1e-6 * n.doubleValue();
                double p1 = 1 / (1 + Math.exp(-z));
                o.put("label", p1 > 0.5 ? "1" : "0");
                ObjectNode probs = o.putObject("probabilities");
                probs.put("0", 1 - p1);
                probs.put("1", p1);
                continue;
            }
            Prediction p = model.score(row);
            o.put("label", p.label());
            ObjectNode probs = o.putObject("probabilities");
            p.probabilities().forEach(probs::put);
        }
        ObjectNode response = JSON.createObjectNode();
        response.set("predictions", out);
        return JSON.writeValueAsBytes(response);
    }
}
