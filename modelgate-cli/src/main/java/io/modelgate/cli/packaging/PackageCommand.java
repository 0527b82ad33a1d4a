package io.modelgate.cli.packaging;

import io.modelgate.cli.EvidenceOptions;
import io.modelgate.cli.Reports;
import io.modelgate.cli.Verdict;
import io.modelgate.gate.EvidenceFolder;
import io.modelgate.gate.EvidenceRecord;
import io.modelgate.packaging.BundleBuilder;
import io.modelgate.packaging.BundleRequest;
import io.modelgate.packaging.Compatibility;
import io.modelgate.packaging.Keys;
import io.modelgate.packaging.PmmlPrivacyScan;
import io.modelgate.report.AtomicFiles;
import io.modelgate.report.Check;
import io.modelgate.report.Digests;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.scoring.PmmlModel;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelgate package}: builds the signed bundle after scanning the model for personal data and checking compatibility. */
@Command(
        name = "package",
        mixinStandardHelpOptions = true,
        description = {
            "Builds a signed, deterministic bundle (model, manifest, model card, in-toto/SLSA provenance, Ed25519"
                    + " signature) from a PMML model and the evidence in --evidence. First scans the model for personal"
                    + " data and, with --champion, checks that callers of the champion can call the candidate; a"
                    + " failure writes the evidence but no bundle.",
            "Exit codes: 0 packaged, 1 a gate failed (personal data, breaking change), 2 usage or input error."
        })
public final class PackageCommand implements Callable<Integer> {
    private static final Set<String> EVIDENCE_KINDS =
            Set.of("validation", "drift", "fingerprint", "reproducibility", "comparison", "approval");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "PMML", description = "The model to package.")
    Path model;

    @Option(names = "--output", required = true, paramLabel = "BUNDLE", description = "The bundle to write (.zip).")
    Path output;

    @Option(names = "--private-key", required = true, paramLabel = "KEY", description = "The signing key (PEM).")
    Path privateKey;

    @Option(
            names = "--public-key",
            paramLabel = "KEY",
            description = "Its public half (default: the key file with .pub).")
    Path publicKey;

    @Option(names = "--champion", paramLabel = "PMML", description = "The model callers use today, for compatibility.")
    Path champion;

    @Option(names = "--allow-breaking", description = "Breaking interface changes only warn.")
    boolean allowBreaking;

    @Option(names = "--name", paramLabel = "NAME", description = "The model's name (default: the PMML's modelName).")
    String name;

    @Option(names = "--model-version", defaultValue = "", paramLabel = "VERSION", description = "The model's version.")
    String version;

    @Option(names = "--owner", defaultValue = "", paramLabel = "TEXT", description = "Who owns the model.")
    String owner;

    @Option(names = "--purpose", defaultValue = "", paramLabel = "TEXT", description = "What the model is for.")
    String purpose;

    @Option(
            names = "--created",
            paramLabel = "TIME",
            description = "The bundle's time (default: $SOURCE_DATE_EPOCH, else now).")
    String created;

    @Option(
            names = "--revision",
            defaultValue = "",
            paramLabel = "COMMIT",
            description = "The code revision (default: $GIT_COMMIT).")
    String revision;

    @Mixin
    EvidenceOptions evidenceOptions;

    @Override
    public Integer call() throws Exception {
        PmmlModel loaded = PmmlModel.load(model);
        String modelName = name == null ? loaded.name() : name;
        List<Check> checks = new ArrayList<>();
        checks.add(PmmlPrivacyScan.scan(model));
        if (champion != null) {
            checks.addAll(Compatibility.compare(loaded, PmmlModel.load(champion), allowBreaking));
        }
        List<Input> inputs = new ArrayList<>(List.of(new Input("model", model.toString(), loaded.hash(), -1)));
        Map<String, Object> sections = new LinkedHashMap<>();
        if (Evidence.worstOf(checks).isSuccessful()) {
            List<EvidenceRecord> evidence = EvidenceFolder.read(evidenceOptions.evidence()).all().stream()
                    .filter(record -> EVIDENCE_KINDS.contains(record.kind()))
                    .filter(record -> record.model().isEmpty() || record.model().equals(modelName))
                    .toList();
            PublicKey key = Keys.readPublic(publicKey == null ? sibling(privateKey) : publicKey);
            BundleRequest request = new BundleRequest(
                    model,
                    modelName,
                    version,
                    created(),
                    revision(),
                    owner,
                    purpose,
                    builder(),
                    evidence,
                    Keys.readPrivate(privateKey));
            byte[] bundle = BundleBuilder.build(request, loaded, key);
            AtomicFiles.write(output, out -> out.write(bundle));
            String sha256 = Digests.sha256(bundle);
            checks.add(Check.of(
                    "bundle:signed",
                    GateStatus.PASSED,
                    "signed by key " + Keys.id(key).substring(0, 12),
                    "a signed bundle",
                    "wrote " + output + " with " + evidence.size() + " evidence document(s)"));
            evidence.forEach(
                    record -> inputs.add(new Input(record.kind(), record.file().toString(), record.sha256(), -1)));
            sections.put("bundle", Map.of("path", output.toString(), "sha256", sha256, "modelSha256", loaded.hash()));
        }
        Evidence evidence = Evidence.of("bundle", new Subject(modelName, version), inputs, checks, sections);
        List<Path> files = Reports.write(evidence, evidenceOptions, "bundle", "Bundle of " + modelName);
        Verdict.print(spec.commandLine().getOut(), evidence, files, evidenceOptions.quiet());
        return Verdict.exitCode(evidence.status(), evidenceOptions.failOnWarning());
    }

    private String created() {
        if (created != null) {
            return created;
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch == null
                ? Instant.now()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString()
                : Instant.ofEpochSecond(Long.parseLong(epoch.strip())).toString();
    }

    private String revision() {
        return revision.isEmpty() ? System.getenv().getOrDefault("GIT_COMMIT", "") : revision;
    }

    private static String builder() {
        String url = System.getenv("BUILD_URL");
        return url == null || url.isBlank() ? "local:" + System.getProperty("user.name", "unknown") : url;
    }

    private static Path sibling(final Path key) {
        String file = key.getFileName().toString();
        String base = file.endsWith(".key") ? file.substring(0, file.length() - 4) : file;
        return key.resolveSibling(base + ".pub");
    }
}
