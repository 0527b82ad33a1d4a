package io.modelgate.cli.audit;

import io.modelgate.audit.AuditProblem;
import io.modelgate.audit.AuditSignatures;
import io.modelgate.audit.AuditTrail;
import io.modelgate.cli.ExitCodes;
import io.modelgate.registry.Registry;
import io.modelgate.registry.RegistryLocation;
import io.modelgate.registry.TrailComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
                    + " reordered entry, and a last line a crash cut off. With --public-key, every entry must carry a"
                    + " valid Ed25519 signature. With --registry, also verifies the registry's chain of transitions,"
                    + " its aliases and stored files, and holds the registry against the trail.",
            "Exit codes: 0 intact, 1 tampered, 2 usage or input error."
        })
public final class AuditCommand implements Callable<Integer> {
    private static final Path DEFAULT_TRAIL = Path.of("modelgate-evidence/audit.jsonl");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "verify", description = "The action: verify.")
    String action;

    @Option(
            names = "--trail",
            paramLabel = "FILE",
            description = "The trail (default: " + "modelgate-evidence/audit.jsonl; with --registry, the registry's"
                    + " trail).")
    Path trail;

    @Option(
            names = "--registry",
            paramLabel = "URL",
            arity = "0..1",
            fallbackValue = "",
            description = "Also verify this registry (a JDBC URL or SQLite file; without a value $MODELGATE_REGISTRY"
                    + " or the per-user default).")
    String registry;

    @Option(
            names = "--public-key",
            paramLabel = "PEM",
            description = "Require every entry to carry a valid signature made with the private half of this Ed25519"
                    + " public key (X.509 PEM).")
    Path publicKey;

    @Override
    public Integer call() throws Exception {
        if (!"verify".equals(action)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "unknown action '" + action + "'; use verify");
        }
        RegistryLocation location = registry == null ? null : RegistryLocation.resolve(registry, System.getenv());
        Path file = trail != null ? trail : location != null ? location.trail() : DEFAULT_TRAIL;
        if (!Files.exists(file) && location == null) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        AuditTrail audit = new AuditTrail(file);
        List<AuditProblem> problems = audit.verify(publicKey == null ? null : AuditSignatures.readPublicKey(publicKey));
        PrintWriter out = spec.commandLine().getOut();
        boolean tampered = problems.stream().anyMatch(problem -> problem.kind().isTampering());
        for (AuditProblem problem : problems) {
            out.println("[audit:" + problem.kind().name().toLowerCase(Locale.ROOT) + "] "
                    + (problem.kind().isTampering() ? "FAILED" : "NOTE") + " - " + file + ": " + problem.message());
        }
        out.println("[audit] " + (tampered ? "FAILED" : "PASSED") + " - "
                + audit.entries().size() + " entries in " + file + (tampered ? ", chain broken" : ", chain intact"));
        if (location != null) {
            tampered |= verifyRegistry(location, audit, out);
        }
        out.flush();
        return tampered ? ExitCodes.GATE_FAILED : ExitCodes.PASSED;
    }

    private static boolean verifyRegistry(
            final RegistryLocation location, final AuditTrail audit, final PrintWriter out) throws IOException {
        try (Registry opened = Registry.open(location).withAuditTrail(null)) {
            List<String> problems = opened.verify();
            problems.forEach(problem -> out.println("[registry] FAILED - " + problem));
            TrailComparison comparison = opened.compareWith(audit);
            comparison.failures().forEach(failure -> out.println("[audit:registry] FAILED - " + failure));
            comparison
                    .pending()
                    .forEach(pending -> out.println("[audit:pending] NOTE - " + pending
                            + " (a crash came between the commit and the audit entry; the next registry change"
                            + " records it)"));
            boolean failed = !problems.isEmpty() || !comparison.failures().isEmpty();
            out.println("[registry] " + (failed ? "FAILED" : "PASSED") + " - "
                    + opened.transitions().size() + " transitions in " + location.display()
                    + (failed ? ", not consistent" : ", chain intact"));
            return failed;
        }
    }
}
