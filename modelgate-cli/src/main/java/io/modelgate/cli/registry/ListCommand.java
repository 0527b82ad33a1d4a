package io.modelgate.cli.registry;

import io.modelgate.registry.ModelVersion;
import io.modelgate.registry.Registry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelgate registry list}: the models, or the versions of one model. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the models with their aliases, or with NAME the model's versions, oldest first.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A model.")
    String name;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Registry opened = registry.open()) {
            if (name == null) {
                for (String model : opened.models()) {
                    out.println(model + "  versions: " + opened.versions(model).size() + "  aliases: "
                            + Listing.aliases(opened.aliases(model)));
                }
            } else {
                Listing.versions(out, opened.versions(opened.requireModel(name)), opened.aliases(name));
            }
        }
        out.flush();
        return 0;
    }

    /** Shared listing formats. */
    static final class Listing {
        private Listing() {}

        static String aliases(final Map<String, String> aliases) {
            return aliases.isEmpty() ? "-" : aliases.toString().replaceAll("[{}]", "");
        }

        static void versions(
                final PrintWriter out, final List<ModelVersion> versions, final Map<String, String> aliases) {
            out.println("VERSION  CREATED                   BY  SHA256        ALIASES");
            for (ModelVersion version : versions) {
                List<String> names = aliases.entrySet().stream()
                        .filter(alias -> alias.getValue().equals(version.version()))
                        .map(Map.Entry::getKey)
                        .toList();
                out.println(version.version() + "  " + version.createdAt() + "  " + version.createdBy() + "  "
                        + version.bundleSha256().substring(0, 12) + "  " + String.join(",", names));
            }
        }
    }
}
