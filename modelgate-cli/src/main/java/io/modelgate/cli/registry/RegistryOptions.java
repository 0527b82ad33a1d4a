package io.modelgate.cli.registry;

import io.modelgate.audit.AuditSignatures;
import io.modelgate.audit.AuditTrail;
import io.modelgate.cli.InputException;
import io.modelgate.registry.Registry;
import io.modelgate.registry.RegistryLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Which registry a command works on, and the audit trail that records its changes. */
public final class RegistryOptions {
    @Option(
            names = "--registry",
            paramLabel = "URL",
            description = "jdbc:sqlite:FILE, jdbc:postgresql://HOST:PORT/DATABASE?user=U or a SQLite file (default:"
                    + " $MODELGATE_REGISTRY, else $${XDG_DATA_HOME:-~/.local/share}/modelgate/registry.db).")
    String registry;

    @Option(
            names = "--trail",
            paramLabel = "FILE",
            description = "The audit trail that records the registry's changes (default: next to a SQLite registry,"
                    + " NAME.audit.jsonl).")
    Path trail;

    @Option(
            names = "--signing-key",
            paramLabel = "PEM",
            description = "Sign the audit entries with this Ed25519 private key (PKCS#8 PEM, as modelgate keygen"
                    + " writes it).")
    Path signingKey;

    /** @return where the registry lives */
    public RegistryLocation location() {
        return checked(() -> RegistryLocation.resolve(registry, System.getenv()));
    }

    /** @return the registry option as given, {@code null} when absent */
    public String registry() {
        return registry;
    }

    /**
     * Opens the registry with its audit trail.
     *
     * @return the registry; close it
     * @throws IOException when the signing key cannot be read
     */
    public Registry open() throws IOException {
        return open(null);
    }

    /**
     * Opens the registry with its audit trail, falling back to a policy's registry when {@code --registry} is absent.
     *
     * @param fallback the registry the policy names, {@code null} or empty for none
     * @return the registry; close it
     * @throws IOException when the signing key cannot be read
     */
    public Registry open(final String fallback) throws IOException {
        RegistryLocation location = registry == null && fallback != null && !fallback.isEmpty()
                ? checked(() -> RegistryLocation.resolve(fallback, System.getenv()))
                : location();
        AuditTrail audit = new AuditTrail(trail == null ? location.trail() : trail);
        if (signingKey != null) {
            audit = audit.withSigner(AuditSignatures.readPrivateKey(signingKey));
        }
        return Registry.open(location).withAuditTrail(audit);
    }

    /**
     * Builds a request, turning a rule it breaks (a bad name, a missing reason) into an input error.
     *
     * @param request builds the request
     * @param <T> the request
     * @return the request
     */
    static <T> T checked(final Supplier<T> request) {
        try {
            return request.get();
        } catch (IllegalArgumentException exception) {
            throw new InputException(exception.getMessage());
        }
    }
}
