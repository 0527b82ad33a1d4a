package io.modelgate.cli;

import io.modelgate.cli.audit.AuditCommand;
import io.modelgate.cli.comparison.CompareCommand;
import io.modelgate.cli.demo.DemoCommand;
import io.modelgate.cli.deployment.DeployCommand;
import io.modelgate.cli.monitoring.MonitorCommand;
import io.modelgate.cli.packaging.KeygenCommand;
import io.modelgate.cli.packaging.PackageCommand;
import io.modelgate.cli.packaging.VerifyCommand;
import io.modelgate.cli.registry.RegistryCommand;
import io.modelgate.cli.reproducibility.FingerprintCommand;
import io.modelgate.cli.reproducibility.HashCommand;
import io.modelgate.cli.reproducibility.ReproduceCommand;
import io.modelgate.cli.scoring.ScoreCommand;
import io.modelgate.cli.serving.ServeCommand;
import io.modelgate.cli.stage.ApproveCommand;
import io.modelgate.cli.stage.RejectCommand;
import io.modelgate.cli.stage.ReleaseCommand;
import io.modelgate.cli.stage.StageCommand;
import io.modelgate.cli.validation.DriftCommand;
import io.modelgate.cli.validation.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code modelgate} command: parses the arguments, runs one subcommand and exits with its code. */
@Command(
        name = "modelgate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Gated delivery of machine-learning models: Integration, Delivery, Deployment, Release.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            DriftCommand.class,
            ScoreCommand.class,
            CompareCommand.class,
            FingerprintCommand.class,
            ReproduceCommand.class,
            HashCommand.class,
            KeygenCommand.class,
            PackageCommand.class,
            VerifyCommand.class,
            StageCommand.class,
            ApproveCommand.class,
            RejectCommand.class,
            ReleaseCommand.class,
            RegistryCommand.class,
            AuditCommand.class,
            MonitorCommand.class,
            ServeCommand.class,
            DeployCommand.class,
            DemoCommand.class
        })
public final class Main {
    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(final String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the arguments
     * @return the exit code: 0 passed, 1 a gate failed, 2 usage or input error
     */
    public static int execute(final String... args) {
        return commandLine().execute(args);
    }

    /**
     * Creates the command line with every subcommand and ModelGate's handling of input errors (exit 2).
     *
     * @return a new command line, ready to execute
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new InputErrorHandler());
    }
}
