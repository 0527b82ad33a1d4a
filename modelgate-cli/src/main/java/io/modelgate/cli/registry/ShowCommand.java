package io.modelgate.cli.registry;

import io.modelgate.registry.ModelReference;
import io.modelgate.registry.ModelVersion;
import io.modelgate.registry.Registry;
import io.modelgate.registry.ResolvedModel;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelgate registry show}: one version with its digests and stored files, or one model. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Shows a version (models:/NAME@ALIAS or models:/NAME/VERSION): its digests, metadata, evidence"
                + " and the stored files, checked against their digests; or, with NAME, the model's versions and"
                + " aliases.")
public final class ShowCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REFERENCE_OR_NAME", description = "A models:/ reference or a model.")
    String target;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ModelReference> reference = RegistryOptions.checked(() -> ModelReference.parse(target));
        try (Registry opened = registry.open()) {
            if (reference.isEmpty()) {
                out.println(opened.requireModel(target) + "  aliases: "
                        + ListCommand.Listing.aliases(opened.aliases(target)));
                ListCommand.Listing.versions(out, opened.versions(target), opened.aliases(target));
            } else {
                ResolvedModel resolved = opened.resolve(reference.get());
                ModelVersion version = resolved.version();
                out.println(version.reference());
                out.println("  file:          " + version.fileName());
                out.println("  sha256:        " + version.bundleSha256());
                out.println("  model sha256:  " + version.modelSha256());
                out.println("  registered:    " + version.createdAt() + " by " + version.createdBy());
                print(out, "metadata", version.metadata());
                print(out, "evidence", version.evidence());
                out.println("  stored file:   " + resolved.file());
                out.println("  stored model:  " + resolved.model());
            }
        }
        out.flush();
        return 0;
    }

    private static void print(final PrintWriter out, final String title, final Map<String, String> values) {
        values.forEach((key, value) -> out.println("  " + title + " " + key + ": " + value));
    }
}
