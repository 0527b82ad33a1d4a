package io.modelgate.cli.packaging;

import io.modelgate.packaging.Keys;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelgate keygen}: writes an Ed25519 key pair for signing bundles. */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = {
            "Writes an Ed25519 key pair: DIR/modelgate.key (PKCS#8 PEM, readable by its owner only) signs bundles,"
                    + " DIR/modelgate.pub (X.509 PEM) verifies them. Refuses to overwrite existing keys.",
            "Exit codes: 0 written, 2 the files exist or cannot be written."
        })
public final class KeygenCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the two key files.")
    Path out;

    @Override
    public Integer call() throws Exception {
        KeyPair pair = Keys.generate();
        Keys.write(pair, out);
        spec.commandLine()
                .getOut()
                .println("Wrote " + out.resolve("modelgate.key") + " (keep it secret) and "
                        + out.resolve("modelgate.pub") + "; key id " + Keys.id(pair.getPublic()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
