package io.modelgate.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.gate.EvidenceRecord;
import io.modelgate.report.Digests;
import io.modelgate.scoring.ModelField;
import io.modelgate.scoring.PmmlModel;

/**
 * Builds {@code manifest.json}: the model's identity and interface (inputs with types and categories, target,
 * outputs, classes), the metric summary of the comparison, the data fingerprints of the validation, and the digest
 * and status of every evidence document the bundle was built on.
 */
final class Manifest {
    private Manifest() {}

    static ObjectNode of(final BundleRequest request, final PmmlModel model, final byte[] pmml) {
        ObjectNode manifest = Json.object();
        manifest.put("schemaVersion", 1);
        manifest.put("name", request.name());
        manifest.put("version", request.version());
        manifest.put("created", request.created());
        manifest.put("revision", request.revision());
        manifest.put("owner", request.owner());
        manifest.put("purpose", request.purpose());
        ObjectNode described = manifest.putObject("model");
        described.put("file", BundleLayout.MODEL);
        described.put("sha256", Digests.sha256(pmml));
        described.put("canonicalHash", model.hash());
        described.put("function", model.function().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode inputs = described.putArray("inputs");
        model.inputFields().forEach(field -> inputs.add(field(field)));
        described.set("target", model.targetField() == null ? null : field(model.targetField()));
        ArrayNode outputs = described.putArray("outputs");
        model.outputFields().forEach(outputs::add);
        ArrayNode classes = described.putArray("classes");
        model.classLabels().forEach(classes::add);
        ArrayNode metrics = manifest.putArray("metrics");
        ArrayNode data = manifest.putArray("data");
        ArrayNode evidence = manifest.putArray("evidence");
        for (EvidenceRecord record : request.evidence()) {
            ObjectNode entry = evidence.addObject();
            entry.put("kind", record.kind());
            entry.put("file", record.file().getFileName().toString());
            entry.put("sha256", record.sha256());
            entry.put("status", record.status().name());
            if ("comparison".equals(record.kind())) {
                record.json().path("comparison").path("metrics").forEach(metrics::add);
            }
            if ("validation".equals(record.kind())) {
                for (JsonNode input : record.json().path("inputs")) {
                    if ("data".equals(input.path("role").asText())) {
                        data.add(input);
                    }
                }
            }
        }
        return manifest;
    }

    static ObjectNode field(final ModelField field) {
        ObjectNode node = Json.object();
        node.put("name", field.name());
        node.put("dataType", field.dataType());
        node.put("opType", field.opType());
        ArrayNode categories = node.putArray("categories");
        field.categories().forEach(categories::add);
        return node;
    }
}
