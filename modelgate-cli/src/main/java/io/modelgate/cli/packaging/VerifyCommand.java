package io.modelgate.cli.packaging;

import io.modelgate.cli.ExitCodes;
import io.modelgate.packaging.BundleException;
import io.modelgate.packaging.Keys;
import io.modelgate.packaging.ModelBundle;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelgate verify}: checks a bundle's signature and every entry's digest, and that its model loads. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Verifies a bundle: exactly the expected entries, safe entry names and sizes, an Ed25519 signature by"
                    + " the given key over the provenance statement, every entry's SHA-256 as signed, and a model that"
                    + " loads.",
            "Exit codes: 0 verified, 1 not trustworthy (changed entry, wrong key, unsigned, hostile zip; the entry is"
                    + " named), 2 unreadable input."
        })
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle to verify.")
    Path bundle;

    @Option(names = "--public-key", required = true, paramLabel = "KEY", description = "The signer's public key (PEM).")
    Path publicKey;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try {
            ModelBundle opened = ModelBundle.open(bundle, Keys.readPublic(publicKey));
            out.println("[verify] PASSED - " + bundle + ": " + opened.name() + " " + opened.version()
                    + ", signed by key " + Keys.id(Keys.readPublic(publicKey)).substring(0, 12) + ", sha256 "
                    + opened.sha256());
            return ExitCodes.PASSED;
        } catch (BundleException exception) {
            out.println("[verify] FAILED - " + exception.getMessage());
            return ExitCodes.GATE_FAILED;
        } finally {
            out.flush();
        }
    }
}
