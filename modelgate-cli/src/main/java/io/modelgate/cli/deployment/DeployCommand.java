package io.modelgate.cli.deployment;

import picocli.CommandLine.Command;

/** {@code modelgate deploy}: the Deployment stage's commands. */
@Command(
        name = "deploy",
        mixinStandardHelpOptions = true,
        description = "Renders deployment manifests for the scoring service and smoke-tests a running service.",
        subcommands = {RenderCommand.class, SmokeCommand.class})
public final class DeployCommand {}
