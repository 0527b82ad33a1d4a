package io.modelgate.cli.stage;

import io.modelgate.audit.AuditTrail;
import io.modelgate.cli.EvidenceOptions;
import io.modelgate.gate.EvidenceFolder;
import io.modelgate.stage.Policy;
import io.modelgate.stage.PolicyReader;
import io.modelgate.stage.StageContext;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the stage commands share: the policy, the version, the audit trail and the people involved. */
public final class StageOptions {
    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The policy, modelgate.yaml.")
    Path policy;

    @Option(names = "--model-version", defaultValue = "", paramLabel = "VERSION", description = "The model's version.")
    String version;

    @Option(names = "--audit", paramLabel = "FILE", description = "The audit trail (default: EVIDENCE/audit.jsonl).")
    Path audit;

    @Mixin
    Identities identities;

    /** @return the version, empty when not given */
    String version() {
        return version;
    }

    Identities identities() {
        return identities;
    }

    /**
     * Reads the policy and the evidence folder.
     *
     * @param output where the evidence is
     * @return what a stage or a decision is judged on
     * @throws IOException when the policy or an evidence file cannot be read
     */
    StageContext context(final EvidenceOptions output) throws IOException {
        Policy parsed = PolicyReader.read(policy);
        return new StageContext(
                parsed, version, EvidenceFolder.read(output.evidence()), identities.author(), identities.triggeredBy());
    }

    /**
     * Returns the audit trail.
     *
     * @param output where the evidence is
     * @return the trail given, else the evidence folder's
     */
    AuditTrail audit(final EvidenceOptions output) {
        return new AuditTrail(audit == null ? output.evidence().resolve("audit.jsonl") : audit);
    }

    /**
     * Names the subject of an audit entry.
     *
     * @param model the model's name
     * @return {@code model} or {@code model@version}
     */
    String subject(final String model) {
        return model + (version.isEmpty() ? "" : "@" + version);
    }
}
