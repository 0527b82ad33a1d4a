package io.modelgate.cli.registry;

import io.modelgate.registry.Registry;
import io.modelgate.registry.Transition;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelgate registry history}: every move of a model's aliases: who, when, why, from and to. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Lists every transition of the model's aliases, oldest first, with its hash (chained to the"
                + " one before; audit verify --registry checks the chain).")
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The model.")
    String name;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Registry opened = registry.open()) {
            for (Transition transition : opened.history(opened.requireModel(name))) {
                out.println("#" + transition.seq() + "  " + transition.at() + "  " + transition.alias() + "  "
                        + transition.from() + " -> " + transition.to() + "  " + transition.kind() + "  by "
                        + transition.actor() + ": " + transition.reason() + "  "
                        + transition.hash().substring(0, 12));
            }
        }
        out.flush();
        return 0;
    }
}
