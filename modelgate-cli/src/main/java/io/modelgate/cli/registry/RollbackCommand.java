package io.modelgate.cli.registry;

import io.modelgate.registry.Registry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelgate registry rollback}: re-points the champion at the version before, in one transition. */
@Command(
        name = "rollback",
        mixinStandardHelpOptions = true,
        description = "Points the alias back at the version it pointed at before its current version was promoted"
                + " (rolling back twice goes two promotions back), recorded as a transition of kind rollback.")
public final class RollbackCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The model.")
    String name;

    @Option(
            names = "--alias",
            paramLabel = "ALIAS",
            defaultValue = "champion",
            description = "The alias (default: ${DEFAULT-VALUE}).")
    String alias;

    @Option(names = "--by", required = true, paramLabel = "USER", description = "Who rolls back.")
    String by;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() throws Exception {
        if (by.isBlank() || reason.isBlank()) {
            throw new io.modelgate.cli.InputException("say who rolls back (--by) and why (--reason)");
        }
        try (Registry opened = registry.open()) {
            AliasCommand.Transitions.print(
                    spec.commandLine().getOut(), "rolled back", opened.rollback(name, alias, by, reason));
        }
        return 0;
    }
}
