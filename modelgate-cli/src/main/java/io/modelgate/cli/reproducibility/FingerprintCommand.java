package io.modelgate.cli.reproducibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.cli.ExitCodes;
import io.modelgate.cli.InputException;
import io.modelgate.cli.OutputOptions;
import io.modelgate.cli.Reports;
import io.modelgate.cli.Verdict;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.reproducibility.FingerprintReport;
import io.modelgate.reproducibility.Lineage;
import io.modelgate.reproducibility.LineageCollector;
import io.modelgate.reproducibility.LineageDiff;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelgate fingerprint}: records what a training run depends on and says whether it changed. */
@Command(
        name = "fingerprint",
        mixinStandardHelpOptions = true,
        description = {
            "Records the lineage fingerprint of a training run (SHA-256 of the declared data, params and lock files,"
                    + " the git commit and whether the tree is dirty, the training command, Java and Python"
                    + " versions, seeds) as evidence, and with --compare says what changed since a previous one.",
            "Exit codes: 0 recorded, 2 usage or input error; with --exit-code, 3 when nothing changed since"
                    + " --compare (a nightly build can stop there: nothing to retrain)."
        })
public final class FingerprintCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--inputs", arity = "1..*", paramLabel = "PATH", description = "Data files or folders.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--params", arity = "1..*", paramLabel = "FILE", description = "Parameter files.")
    List<String> params = new ArrayList<>();

    @Option(names = "--lock", arity = "1..*", paramLabel = "FILE", description = "Lock files, e.g. requirements.txt.")
    List<String> locks = new ArrayList<>();

    @Option(names = "--seed", arity = "1..*", paramLabel = "SEED", description = "Random seeds the training uses.")
    List<String> seeds = new ArrayList<>();

    @Option(names = "--command", paramLabel = "CMD", defaultValue = "", description = "The training command.")
    String command;

    @Option(
            names = "--workdir",
            defaultValue = ".",
            paramLabel = "DIR",
            description = "Where paths resolve; its git revision is recorded.")
    Path workdir;

    @Option(names = "--compare", paramLabel = "PREVIOUS", description = "A previous fingerprint evidence JSON.")
    Path previous;

    @Option(names = "--exit-code", description = "Exit 3 when nothing changed since --compare.")
    boolean exitCode;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        List<Map.Entry<String, String>> declared = new ArrayList<>();
        inputs.forEach(path -> declared.add(new SimpleEntry<>("data", path)));
        params.forEach(path -> declared.add(new SimpleEntry<>("params", path)));
        locks.forEach(path -> declared.add(new SimpleEntry<>("lock", path)));
        if (declared.isEmpty()) {
            throw new InputException("declare at least one input with --inputs, --params or --lock");
        }
        Lineage lineage = new LineageCollector(workdir).collect(declared, command, seeds);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("lineage", lineage);
        sections.put(
                "build",
                System.getenv().getOrDefault("BUILD_URL", System.getenv().getOrDefault("BUILD_NUMBER", "")));
        List<String> changes = null;
        if (previous != null) {
            JsonNode before = EvidenceJson.read(previous);
            Lineage earlier = earlier(before);
            changes = LineageDiff.changes(earlier, lineage);
            sections.put(
                    "comparison",
                    FingerprintReport.comparison(
                            before.path("createdAt").asText(),
                            before.path("build").asText(),
                            changes));
        }
        List<Input> files = lineage.inputs().stream()
                .map(input -> new Input(input.role(), input.path(), input.sha256(), -1))
                .toList();
        Evidence evidence = Evidence.of(
                "fingerprint",
                new Subject(output.model(), output.modelVersion()),
                files,
                FingerprintReport.checks(lineage),
                sections);
        List<Path> written = Reports.write(evidence, output, "fingerprint", "Lineage fingerprint");
        var out = spec.commandLine().getOut();
        Verdict.print(out, evidence, written, output.quiet());
        if (changes != null) {
            out.println(
                    changes.isEmpty()
                            ? "inputs unchanged since " + since(JSON.readTree(previous.toFile()))
                            : "changed since the previous fingerprint: " + String.join("; ", changes));
        }
        if (exitCode && changes != null && changes.isEmpty()) {
            return ExitCodes.UNCHANGED;
        }
        return Verdict.exitCode(evidence.status(), false);
    }

    private Lineage earlier(final JsonNode before) {
        if (!"fingerprint".equals(before.path("kind").asText())
                || !before.path("lineage").isObject()) {
            throw new InputException(previous + ": not fingerprint evidence (kind '"
                    + before.path("kind").asText() + "')");
        }
        try {
            return JSON.treeToValue(before.path("lineage"), Lineage.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException exception) {
            throw new InputException(previous + ": unreadable lineage: " + exception.getOriginalMessage());
        }
    }

    private static String since(final JsonNode before) {
        String build = before.path("build").asText();
        return (build.isEmpty() ? "" : "build " + build + ", ")
                + before.path("createdAt").asText();
    }
}
