package io.modelgate.jenkins.steps;

import io.modelgate.gate.EvidenceFolder;
import io.modelgate.gate.EvidenceRecord;
import io.modelgate.packaging.BundleBuilder;
import io.modelgate.packaging.BundleRequest;
import io.modelgate.packaging.BundleVerifier;
import io.modelgate.packaging.Compatibility;
import io.modelgate.packaging.Keys;
import io.modelgate.packaging.PmmlPrivacyScan;
import io.modelgate.report.AtomicFiles;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The work of {@code mlPackageModel} on the agent, as {@code modelgate package} does it: the personal-data scan and
 * the compatibility check first (a failure writes evidence but no bundle), then the bundle from the candidate and
 * the evidence about it, written atomically, then the written bundle verified with the public key.
 */
final class Packaging {
    private static final Set<String> EVIDENCE_KINDS =
            Set.of("validation", "drift", "fingerprint", "reproducibility", "comparison", "approval");

    private final PackageModelStep step;
    private final Path workspace;

    Packaging(final PackageModelStep step, final Path workspace) {
        this.step = step;
        this.workspace = workspace;
    }

    Evidence run(final Path model, final Path output) throws IOException {
        PmmlModel loaded = PmmlModel.load(model);
        String name = step.getModel().isEmpty() ? loaded.name() : step.getModel();
        List<Check> checks = new ArrayList<>();
        checks.add(PmmlPrivacyScan.scan(model));
        if (step.getChampion() != null) {
            checks.addAll(Compatibility.compare(
                    loaded, PmmlModel.load(workspace.resolve(step.getChampion())), step.isAllowBreaking()));
        }
        List<Input> inputs = new ArrayList<>(List.of(new Input("model", model.toString(), loaded.hash(), -1)));
        Map<String, Object> sections = new LinkedHashMap<>();
        if (Evidence.worstOf(checks).isSuccessful()) {
            List<EvidenceRecord> evidence = evidenceAbout(name);
            PublicKey key = Keys.readPublic(publicKey());
            BundleRequest request = new BundleRequest(
                    model,
                    name,
                    step.getModelVersion(),
                    created(),
                    step.getRevision(),
                    step.getOwner(),
                    step.getPurpose(),
                    builder(),
                    evidence,
                    Keys.readPrivate(step.privateKey(workspace)));
            byte[] bundle = BundleBuilder.build(request, loaded, key);
            Files.createDirectories(output.toAbsolutePath().getParent());
            AtomicFiles.write(output, out -> out.write(bundle));
            checks.add(Check.of(
                    "bundle:signed",
                    GateStatus.PASSED,
                    "signed by key " + Keys.id(key).substring(0, 12),
                    "a signed bundle",
                    "wrote " + workspace.relativize(output) + " with " + evidence.size() + " evidence document(s)"));
            BundleVerifier.verify(output, key);
            checks.add(Check.of(
                    "bundle:verified",
                    GateStatus.PASSED,
                    "signature and every entry's SHA-256 match",
                    "a bundle that verifies with the public key",
                    "read back " + workspace.relativize(output) + " and verified it"));
            evidence.forEach(
                    record -> inputs.add(new Input(record.kind(), record.file().toString(), record.sha256(), -1)));
            sections.put(
                    "bundle",
                    Map.of(
                            "path",
                            workspace.relativize(output).toString(),
                            "sha256",
                            sha256(bundle),
                            "modelSha256",
                            loaded.hash()));
        }
        return Evidence.of("bundle", new Subject(name, step.getModelVersion()), inputs, checks, sections);
    }

    private List<EvidenceRecord> evidenceAbout(final String name) throws IOException {
        Path folder = workspace.resolve(step.getEvidence());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        return EvidenceFolder.read(folder).all().stream()
                .filter(record -> EVIDENCE_KINDS.contains(record.kind()))
                .filter(record -> record.model().isEmpty() || record.model().equals(name))
                .toList();
    }

    private Path publicKey() {
        if (step.getPublicKey() != null) {
            return workspace.resolve(step.getPublicKey());
        }
        Path key = step.privateKey(workspace);
        String file = key.getFileName().toString();
        String base = file.endsWith(".key") ? file.substring(0, file.length() - 4) : file;
        return key.resolveSibling(base + ".pub");
    }

    private String created() {
        return step.getCreated() == null
                ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()
                : step.getCreated();
    }

    private String builder() {
        return step.getBuilder() == null ? "local:" + System.getProperty("user.name", "unknown") : step.getBuilder();
    }

    private static String sha256(final byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("every Java runtime has SHA-256", exception);
        }
    }
}
