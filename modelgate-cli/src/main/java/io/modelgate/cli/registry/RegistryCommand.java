package io.modelgate.cli.registry;

import picocli.CommandLine.Command;

/** {@code modelgate registry}: the model registry's commands. */
@Command(
        name = "registry",
        mixinStandardHelpOptions = true,
        description = {
            "The model registry: register versions (bundles or PMML, stored by SHA-256), move aliases such as"
                    + " champion by compare-and-set, roll back, and show the hash-chained history. Every change is"
                    + " also an audit entry. Any command that takes a model file also takes models:/NAME@ALIAS or"
                    + " models:/NAME/VERSION.",
            "Exit codes: 0 done, 2 usage or input error (an unknown model or version, a conflict: someone moved the"
                    + " alias first, a registry that does not answer)."
        },
        subcommands = {
            RegisterCommand.class,
            ListCommand.class,
            ShowCommand.class,
            AliasCommand.class,
            RollbackCommand.class,
            HistoryCommand.class
        })
public final class RegistryCommand {}
