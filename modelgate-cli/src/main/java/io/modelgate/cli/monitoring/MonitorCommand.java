package io.modelgate.cli.monitoring;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code modelgate monitor}: the checks of a released model on the scoring service's request log. */
@Command(
        name = "monitor",
        mixinStandardHelpOptions = true,
        description = {
            "Monitors a released model from the scoring service's request log: drift of inputs and predictions per"
                    + " time window, performance once late labels arrive, concept drift on the error stream; writes"
                    + " a retrain request when the gate fails.",
            "Exit codes: 0 passed, 1 the gate failed (a retrain request was written), 2 usage or input error."
        },
        subcommands = {MonitorDriftCommand.class, MonitorPerformanceCommand.class, SimulateCommand.class})
public final class MonitorCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: drift, performance or simulate");
    }
}
