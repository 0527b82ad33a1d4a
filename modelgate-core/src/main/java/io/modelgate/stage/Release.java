package io.modelgate.stage;

import io.modelgate.gate.EvidenceRecord;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Releases a version: judges the Release stage, insists on enough valid approvals even when the policy's release stage
 * does not list them, makes sure the registry holds exactly the bundle the evidence describes (registering it when it
 * is new), then moves the alias compare-and-set. Every refusal leaves the registry as it was. Produces {@code
 * release} evidence whose checks are the stage's gates plus {@code registry:version} and {@code registry:alias}.
 */
public final class Release {
    private final StageContext context;
    private final AliasMover registry;
    private final String alias;
    private final String actor;
    private Path base = Path.of("");

    /**
     * Prepares a release.
     *
     * @param context the policy, the version to release, the evidence and the identities
     * @param registry where the alias lives
     * @param alias the alias to move, e.g. {@code champion}
     * @param actor who releases (recorded with the transition)
     */
    public Release(final StageContext context, final AliasMover registry, final String alias, final String actor) {
        this.context = context;
        this.registry = registry;
        this.alias = alias;
        this.actor = actor;
    }

    /**
     * @param folder the folder a relative bundle path in the bundle evidence is relative to (default: the working
     *     directory; a Pipeline step passes its workspace)
     * @return this release
     */
    public Release withBase(final Path folder) {
        this.base = folder;
        return this;
    }

    /**
     * Runs the release.
     *
     * @return the {@code release} evidence; the alias moved only when its status is not a blocking failure
     * @throws IOException when the bundle cannot be registered
     */
    public Evidence run() throws IOException {
        String model = context.policy().model();
        Evidence stage = StageEvaluation.evaluate(Stage.RELEASE, context);
        List<Check> checks = new ArrayList<>(stage.checks());
        if (checks.stream().noneMatch(check -> "approvals".equals(check.name()))) {
            checks.add(ApprovalGates.check(context));
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("alias", alias);
        section.put("actor", actor);
        section.put("approvedBy", ApprovalGates.approvers(context));
        List<Input> inputs = new ArrayList<>(stage.inputs());
        Optional<EvidenceRecord> bundle = bundle();
        if (!releasable(checks)) {
            checks.add(refused("the release stage's gates did not all pass (see above)"));
        } else if (bundle.isEmpty()) {
            checks.add(refused("no passed bundle evidence for " + model + " " + context.version()
                    + ": package the model (modelgate package) before releasing it"));
        } else {
            String digest = bundle.get().json().path("bundle").path("sha256").asText();
            Path file =
                    base.resolve(bundle.get().json().path("bundle").path("path").asText());
            inputs.add(new Input("bundle", file.toString(), digest, -1));
            Check version = version(model, digest, file);
            checks.add(version);
            if (version.status() == GateStatus.PASSED) {
                checks.add(move(model, section));
            } else {
                checks.add(refused("the registry's version differs from the bundle that passed the gates"));
            }
        }
        return Evidence.of(
                "release", new Subject(model, context.version()), inputs, checks, Map.of("release", section));
    }

    private static boolean releasable(final List<Check> checks) {
        return checks.stream()
                .noneMatch(check -> check.status() == GateStatus.FAILED
                        || check.status() == GateStatus.ERROR
                        || "approvals".equals(check.name()) && check.status() != GateStatus.PASSED);
    }

    private Optional<EvidenceRecord> bundle() {
        return context.of("bundle").stream()
                .filter(record -> !record.status().isProblem())
                .filter(record ->
                        !record.json().path("bundle").path("sha256").asText().isEmpty())
                .findFirst();
    }

    private Check version(final String model, final String digest, final Path file) throws IOException {
        String version = context.version();
        Optional<String> registered = registry.registered(model, version);
        if (registered.isEmpty()) {
            registry.register(model, version, file, actor);
            return Check.of(
                    "registry:version",
                    GateStatus.PASSED,
                    "registered " + version + " (" + brief(digest) + ")",
                    "the bundle that passed the gates",
                    "registered " + model + " " + version + " from " + file);
        }
        if (registered.get().equals(digest)) {
            return Check.of(
                    "registry:version",
                    GateStatus.PASSED,
                    brief(digest),
                    brief(digest),
                    model + " " + version + " is registered with the bundle that passed the gates");
        }
        return Check.of(
                "registry:version",
                GateStatus.FAILED,
                brief(registered.get()),
                brief(digest),
                model + " " + version + " is registered with another file than the bundle that passed the gates");
    }

    private Check move(final String model, final Map<String, Object> section) {
        String version = context.version();
        Optional<String> before = registry.current(model, alias);
        section.put("from", before.orElse(""));
        section.put("to", version);
        if (before.isPresent() && before.get().equals(version)) {
            section.put("moved", false);
            return Check.of(
                    "registry:alias",
                    GateStatus.NOTE,
                    alias + " = " + version,
                    alias + " = " + version,
                    alias + " already points to " + version + "; nothing moved");
        }
        try {
            registry.move(
                    model,
                    alias,
                    before,
                    version,
                    actor,
                    "release approved by " + String.join(", ", ApprovalGates.approvers(context)));
        } catch (IllegalStateException conflict) {
            section.put("moved", false);
            return Check.of(
                    "registry:alias",
                    GateStatus.FAILED,
                    "conflict",
                    alias + " = " + version,
                    "not moved: " + conflict.getMessage());
        }
        section.put("moved", true);
        return Check.of(
                "registry:alias",
                GateStatus.PASSED,
                alias + ": " + before.orElse("none") + " -> " + version,
                alias + " = " + version,
                "moved " + model + "@" + alias + " from " + before.orElse("nothing") + " to " + version);
    }

    private Check refused(final String why) {
        return Check.of(
                "registry:alias",
                GateStatus.FAILED,
                "not moved",
                alias + " = " + context.version(),
                "nothing changed: " + why);
    }

    private static String brief(final String digest) {
        return digest.length() > 12 ? digest.substring(0, 12) + "..." : digest;
    }
}
