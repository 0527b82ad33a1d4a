package io.modelgate.packaging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.report.Digests;
import java.util.Map;

/**
 * Builds {@code provenance.json}: an in-toto Statement v1 whose subjects are the bundle's entries with their SHA-256,
 * and whose predicate is SLSA provenance v1 — the build type, the external parameters (model, version, revision),
 * the resolved dependencies (the evidence documents with their digests) and the builder id. The signature covers
 * this statement, so it covers every entry through its digest.
 */
final class Provenance {
    static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    static final String PREDICATE_TYPE = "https://slsa.dev/provenance/v1";
    static final String BUILD_TYPE = "https://modelgate.io/bundle/v1";

    private Provenance() {}

    static ObjectNode of(final BundleRequest request, final Map<String, byte[]> subjects) {
        ObjectNode statement = Json.object();
        statement.put("_type", STATEMENT_TYPE);
        ArrayNode subject = statement.putArray("subject");
        for (String name : BundleLayout.SUBJECTS) {
            ObjectNode entry = subject.addObject();
            entry.put("name", name);
            entry.putObject("digest").put("sha256", Digests.sha256(subjects.get(name)));
        }
        statement.put("predicateType", PREDICATE_TYPE);
        ObjectNode predicate = statement.putObject("predicate");
        ObjectNode definition = predicate.putObject("buildDefinition");
        definition.put("buildType", BUILD_TYPE);
        ObjectNode parameters = definition.putObject("externalParameters");
        parameters.put("model", request.name());
        parameters.put("version", request.version());
        parameters.put("revision", request.revision());
        ArrayNode dependencies = definition.putArray("resolvedDependencies");
        request.evidence().forEach(record -> {
            ObjectNode dependency = dependencies.addObject();
            dependency.put("name", record.kind() + ":" + record.file().getFileName());
            dependency.putObject("digest").put("sha256", record.sha256());
        });
        ObjectNode run = predicate.putObject("runDetails");
        run.putObject("builder").put("id", request.builder());
        run.putObject("metadata").put("startedOn", request.created());
        return statement;
    }
}
