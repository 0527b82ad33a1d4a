package io.modelgate.cli.stage;

import io.modelgate.cli.EvidenceOptions;
import io.modelgate.cli.ExitCodes;
import io.modelgate.cli.InputException;
import io.modelgate.cli.Reports;
import io.modelgate.gate.EvidenceRecord;
import io.modelgate.report.Evidence;
import io.modelgate.report.Input;
import io.modelgate.stage.Approval;
import io.modelgate.stage.Policy;
import io.modelgate.stage.StageContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Records one person's decision on a stage as {@code approval} evidence, for the bundle (or, without one, the
 * model) this model's evidence names, and appends it to the audit trail. A person the policy does not allow is
 * refused and nothing is written.
 */
abstract class ApprovalDecision implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--stage",
            defaultValue = "release",
            paramLabel = "STAGE",
            description = "The stage (default: ${DEFAULT-VALUE}).")
    String stage;

    @Option(names = "--by", required = true, paramLabel = "USER", description = "Who decides.")
    String by;

    @Option(names = "--comment", defaultValue = "", paramLabel = "TEXT", description = "Why.")
    String comment;

    @Mixin
    StageOptions options;

    @Mixin
    EvidenceOptions output;

    /** @return {@code approved} or {@code rejected} */
    abstract String decision();

    @Override
    public Integer call() throws Exception {
        String stageKey = StageCommand.stage(stage).key();
        StageContext context = options.context(output);
        Policy parsed = context.policy();
        Identities identities = options.identities();
        Approval decision = new Approval(
                stageKey, by, "approved".equals(decision()), comment, identities.author(), identities.triggeredBy());
        Optional<String> refusal = decision.refusal(parsed.release());
        var out = spec.commandLine().getOut();
        if (refusal.isPresent()) {
            out.println("[approval] FAILED - " + refusal.get() + "; nothing was recorded");
            out.flush();
            return ExitCodes.GATE_FAILED;
        }
        Input subject = subject(context, parsed);
        Evidence evidence = decision.evidence(parsed.model(), options.version(), subject);
        List<Path> files = Reports.write(evidence, output, decision.fileName(), "Approval by " + by);
        options.audit(output)
                .append(by, decision.action(), options.subject(parsed.model()), decision.auditDetails(subject));
        out.println("[approval:" + by + "] " + evidence.status() + " - "
                + evidence.checks().get(0).message() + "; evidence: " + files.get(0));
        out.flush();
        return ExitCodes.PASSED;
    }

    private static Input subject(final StageContext context, final Policy policy) {
        for (EvidenceRecord bundle : context.evidence().ofKind("bundle")) {
            String sha = bundle.json().path("bundle").path("sha256").asText();
            if (context.evidence().all().contains(bundle)
                    && !sha.isEmpty()
                    && bundle.model().equals(policy.model())) {
                return new Input(
                        "bundle", bundle.json().path("bundle").path("path").asText(), sha, -1);
            }
        }
        for (EvidenceRecord comparison : context.evidence().ofKind("comparison")) {
            Optional<String> candidate = comparison.input("candidate");
            if (candidate.isPresent() && comparison.model().equals(policy.model())) {
                return new Input("model", comparison.file().toString(), candidate.get(), -1);
            }
        }
        throw new InputException(
                "nothing to decide on: no bundle or comparison evidence about " + policy.model() + " in "
                        + context.evidence().all().stream()
                                .findFirst()
                                .map(r -> r.file().getParent().toString())
                                .orElse("the evidence folder"));
    }
}
