package io.modelgate.cli.registry;

import io.modelgate.registry.ModelVersion;
import io.modelgate.registry.Registration;
import io.modelgate.registry.Registry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelgate registry register}: stores a bundle or PMML model as a new version. */
@Command(
        name = "register",
        description = "Registers a version: stores the file by SHA-256 and records its digest, the canonical hash of"
                + " its PMML model, the digests of its evidence and who registered it. Versions never change.")
public final class RegisterCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    // No standard --version here: --version names the model version.
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--name", required = true, paramLabel = "MODEL", description = "The model's name.")
    String name;

    @Option(names = "--version", required = true, paramLabel = "VERSION", description = "The new version.")
    String version;

    @Option(
            names = "--file",
            required = true,
            paramLabel = "BUNDLE_OR_PMML",
            description = "The bundle (zip with model.pmml) or the PMML model.")
    Path file;

    @Option(names = "--evidence", paramLabel = "DIR", description = "Record the SHA-256 of each JSON file in it.")
    Path evidence;

    @Option(
            names = "--by",
            paramLabel = "USER",
            description = "Who registers it (default: $BUILD_USER_ID, else the system user).")
    String by;

    @Option(names = "--label", paramLabel = "KEY=VALUE", description = "A fact to record, e.g. commit=abc; repeatable.")
    Map<String, String> labels = Map.of();

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() throws Exception {
        Registration registration = RegistryOptions.checked(
                () -> new Registration(name, version, file, evidence, Actors.orDefault(by), labels));
        try (Registry opened = registry.open()) {
            ModelVersion registered = opened.register(registration);
            PrintWriter out = spec.commandLine().getOut();
            out.println("[registry] registered " + registered.reference() + " (sha256 " + registered.bundleSha256()
                    + ", model " + registered.modelSha256() + ", "
                    + registered.evidence().size()
                    + " evidence files) in " + opened.location().display());
            out.flush();
        }
        return 0;
    }
}
