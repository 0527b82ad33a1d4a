package io.modelgate.cli.audit;

import io.modelgate.audit.AuditProblem;
import io.modelgate.audit.AuditTrail;
import io.modelgate.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelgate audit verify}: checks that nobody edited, deleted, inserted or reordered an audit entry. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Verifies the hash chain of an audit trail (JSON Lines): names every edited, deleted, inserted or"
                    + " reordered entry, and a last line a crash cut off.",
            "Exit codes: 0 intact, 1 tampered, 2 usage or input error."
        })
public final class AuditCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "verify", description = "The action: verify.")
    String action;

    @Option(
            names = "--trail",
            paramLabel = "FILE",
            defaultValue = "modelgate-evidence/audit.jsonl",
            description = "The trail (default: ${DEFAULT-VALUE}).")
    Path trail;

    @Override
    public Integer call() throws Exception {
        if (!"verify".equals(action)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "unknown action '" + action + "'; use verify");
        }
        if (!Files.exists(trail)) {
            throw new java.nio.file.NoSuchFileException(trail.toString());
        }
        AuditTrail audit = new AuditTrail(trail);
        List<AuditProblem> problems = audit.verify();
        var out = spec.commandLine().getOut();
        boolean tampered = problems.stream().anyMatch(problem -> problem.kind() != AuditProblem.Kind.TORN);
        for (AuditProblem problem : problems) {
            out.println("[audit:" + problem.kind().name().toLowerCase(java.util.Locale.ROOT) + "] "
                    + (problem.kind() == AuditProblem.Kind.TORN ? "NOTE" : "FAILED") + " - " + trail + ": "
                    + problem.message());
        }
        out.println("[audit] " + (tampered ? "FAILED" : "PASSED") + " - "
                + audit.entries().size() + " entries in " + trail + (tampered ? ", chain broken" : ", chain intact"));
        out.flush();
        return tampered ? ExitCodes.GATE_FAILED : ExitCodes.PASSED;
    }
}
