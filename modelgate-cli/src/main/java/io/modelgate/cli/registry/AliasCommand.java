package io.modelgate.cli.registry;

import io.modelgate.registry.AliasMove;
import io.modelgate.registry.Registry;
import io.modelgate.registry.Transition;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelgate registry alias set}: points an alias at a version, compare-and-set. */
@Command(
        name = "alias",
        mixinStandardHelpOptions = true,
        description = "Moves aliases.",
        subcommands = AliasCommand.Set.class)
public final class AliasCommand {
    /** {@code alias set NAME ALIAS VERSION}. */
    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description = "Points ALIAS (champion, challenger, staging or your own) of model NAME at VERSION, as one"
                    + " transaction: with --expect, only if it still points at that version (compare-and-set);"
                    + " otherwise it fails with a conflict naming the version it found, and nothing changes.")
    public static final class Set implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The model.")
        String name;

        @Parameters(index = "1", paramLabel = "ALIAS", description = "The alias, e.g. champion.")
        String alias;

        @Parameters(index = "2", paramLabel = "VERSION", description = "The version to point it at.")
        String version;

        @Option(
                names = "--expect",
                paramLabel = "CURRENT",
                description = "The version the alias must point at now ('none': it must not exist yet).")
        String expect;

        @Option(names = "--by", required = true, paramLabel = "USER", description = "Who moves it.")
        String by;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
        String reason;

        @Mixin
        RegistryOptions registry;

        @Override
        public Integer call() throws Exception {
            AliasMove move = RegistryOptions.checked(() -> new AliasMove(name, alias, expect, version, by, reason));
            try (Registry opened = registry.open()) {
                Transition transition = opened.moveAlias(move);
                Transitions.print(spec.commandLine().getOut(), "moved", transition);
            }
            return 0;
        }
    }

    /** How a transition is printed. */
    static final class Transitions {
        private Transitions() {}

        static void print(final PrintWriter out, final String verb, final Transition transition) {
            out.println("[registry] " + verb + " " + transition.model() + "@" + transition.alias() + ": "
                    + transition.from() + " -> " + transition.to() + " (transition " + transition.seq() + ", by "
                    + transition.actor() + ": " + transition.reason() + ")");
            out.flush();
        }
    }
}
