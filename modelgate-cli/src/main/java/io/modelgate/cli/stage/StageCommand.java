package io.modelgate.cli.stage;

import io.modelgate.cli.EvidenceOptions;
import io.modelgate.cli.InputException;
import io.modelgate.cli.Reports;
import io.modelgate.report.Evidence;
import io.modelgate.stage.Stage;
import io.modelgate.stage.StageContext;
import io.modelgate.stage.StageEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelgate stage}: judges one of the four stages from the recorded evidence. */
@Command(
        name = "stage",
        mixinStandardHelpOptions = true,
        description = {
            "Judges a stage (integration, delivery, deployment, release) from the evidence in --evidence: the"
                    + " previous stage passed; every evidence the policy requires exists, concerns this model and"
                    + " version, and passed; the chain of digests is consistent; for release, enough valid approvals."
                    + " Prints one line per gate and writes stage-<name>.json.",
            "Exit codes: 0 passed (NOTE and WARNING included unless --fail-on-warning), 1 a gate failed, 2 usage or"
                    + " input error (e.g. a policy with an unknown key)."
        })
public final class StageCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STAGE", description = "integration, delivery, deployment or release.")
    String name;

    @Mixin
    StageOptions options;

    @Mixin
    EvidenceOptions output;

    @Override
    public Integer call() throws Exception {
        Stage stage = stage(name);
        StageContext context = options.context(output);
        Evidence evidence = StageEvaluation.evaluate(stage, context);
        List<Path> files = Reports.write(evidence, output, "stage-" + stage.key(), "Stage " + stage.key());
        options.audit(output)
                .append(
                        actor(options.identities().triggeredBy()),
                        "stage",
                        options.subject(context.policy().model()),
                        Map.of(
                                "stage",
                                stage.key(),
                                "status",
                                evidence.status().name(),
                                "evidence",
                                files.get(0).toString()));
        return GateLines.print(spec.commandLine().getOut(), "stage:" + stage.key(), evidence, files, output);
    }

    static Stage stage(final String name) {
        try {
            return Stage.of(name);
        } catch (IllegalArgumentException exception) {
            throw new InputException(exception.getMessage());
        }
    }

    static String actor(final String triggeredBy) {
        if (!triggeredBy.isEmpty()) {
            return triggeredBy;
        }
        return System.getProperty("user.name", "unknown");
    }
}
