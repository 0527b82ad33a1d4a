package io.modelgate.cli.stage;

import io.modelgate.cli.EvidenceOptions;
import io.modelgate.cli.InputException;
import io.modelgate.cli.Reports;
import io.modelgate.cli.registry.RegistryOptions;
import io.modelgate.registry.RegistryOnUse;
import io.modelgate.report.Evidence;
import io.modelgate.stage.Release;
import io.modelgate.stage.StageContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelgate release}: moves the champion alias to the approved version, and only then. */
@Command(
        name = "release",
        mixinStandardHelpOptions = true,
        description = {
            "Releases --model-version: judges the release stage (the earlier stages passed, the evidence is"
                    + " consistent, enough valid approvals by people other than the author and the build's trigger),"
                    + " makes sure the registry holds exactly the bundle that passed the gates (registering it when"
                    + " it is new), then moves the alias compare-and-set. A refusal changes nothing. Prints one line"
                    + " per gate, writes release.json and an audit entry.",
            "Exit codes: 0 released (or the alias already pointed there), 1 refused, 2 usage or input error."
        })
public final class ReleaseCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StageOptions options;

    @Mixin
    EvidenceOptions output;

    @Mixin
    RegistryOptions registry;

    @Option(
            names = "--alias",
            paramLabel = "ALIAS",
            defaultValue = "champion",
            description = "The alias to move (default: ${DEFAULT-VALUE}).")
    String alias;

    @Option(
            names = "--by",
            paramLabel = "USER",
            description = "Who releases, recorded with the transition (default: --triggered-by, else the user).")
    String by;

    @Override
    public Integer call() throws Exception {
        if (options.version().isEmpty()) {
            throw new InputException("say which version to release (--model-version)");
        }
        StageContext context = options.context(output);
        String actor = by != null && !by.isBlank()
                ? by
                : StageCommand.actor(options.identities().triggeredBy());
        Evidence evidence;
        try (RegistryOnUse opened =
                new RegistryOnUse(() -> registry.open(context.policy().registry()))) {
            evidence = new Release(context, opened, alias, actor).run();
        } catch (java.io.UncheckedIOException exception) {
            throw exception.getCause();
        }
        List<Path> files = Reports.write(
                evidence,
                output,
                "release",
                "Release of " + options.subject(context.policy().model()));
        options.audit(output)
                .append(
                        actor,
                        "release",
                        options.subject(context.policy().model()),
                        Map.of(
                                "alias",
                                alias,
                                "status",
                                evidence.status().name(),
                                "evidence",
                                files.get(0).toString()));
        return GateLines.print(spec.commandLine().getOut(), "release", evidence, files, output);
    }
}
