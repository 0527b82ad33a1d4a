package io.modelgate.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a registry for consistency: the transitions' hash chain, every alias where its last transition moved it,
 * every transition carrying its version's digest, every stored file matching its digest.
 */
final class RegistryCheck {
    private RegistryCheck() {}

    static List<String> problems(
            final List<ModelVersion> versions,
            final AliasStore aliases,
            final BlobStore blobs,
            final Function<String, Map<String, String>> aliasesOf) {
        List<Transition> transitions = aliases.all();
        Transition head = aliases.head();
        List<String> problems = new ArrayList<>(TransitionChain.verify(transitions, head.seq(), head.hash()));
        Map<String, ModelVersion> byKey = new HashMap<>();
        versions.forEach(version -> byKey.put(version.model() + "/" + version.version(), version));
        Map<String, Transition> last = new LinkedHashMap<>();
        for (Transition transition : transitions) {
            last.put(transition.model() + "@" + transition.alias(), transition);
            ModelVersion target = byKey.get(transition.model() + "/" + transition.to());
            if (target == null || !target.bundleSha256().equals(transition.toSha256())) {
                problems.add(transition.describe() + " records bundle " + transition.toSha256()
                        + " but the registry holds " + (target == null ? "no such version" : target.bundleSha256()));
            }
        }
        versions.stream()
                .map(ModelVersion::model)
                .distinct()
                .forEach(model -> aliasesOf.apply(model).forEach((alias, version) -> {
                    Transition moved = last.remove(model + "@" + alias);
                    if (moved == null || !moved.to().equals(version)) {
                        problems.add(model + "@" + alias + " points to version " + version + " but "
                                + (moved == null ? "no transition moved it" : moved.describe() + " moved it last"));
                    }
                }));
        last.values()
                .forEach(moved -> problems.add(moved.model() + "@" + moved.alias() + " does not exist but "
                        + moved.describe() + " moved it last"));
        for (ModelVersion version : versions) {
            checkBlob(blobs, version.bundleSha256(), version, problems);
            String model = version.metadata().get("modelFile");
            if (model != null) {
                checkBlob(blobs, model, version, problems);
            }
        }
        return problems;
    }

    private static void checkBlob(
            final BlobStore blobs, final String sha256, final ModelVersion version, final List<String> problems) {
        try {
            blobs.get(sha256);
        } catch (IOException | RegistryException exception) {
            problems.add(version.reference() + ": " + exception.getMessage());
        }
    }
}
