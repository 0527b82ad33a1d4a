package io.modelgate.cli.demo;

import io.modelgate.cli.ExitCodes;
import io.modelgate.cli.Main;
import io.modelgate.packaging.Keys;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code modelgate demo}: runs the bundled credit-risk sample through the four stages in a fresh folder — validation,
 * reproducibility, comparison, a signed bundle, a smoke test of a staging service, approvals, the release that moves
 * the champion alias, a rollback, and monitoring of the logged traffic — showing gates that pass and gates that catch
 * a problem. Exits 0 when every gate gave the outcome the demo expects of it.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Runs the bundled credit-risk sample through ModelGate's gates in a new folder and says where"
                + " the reports are.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to run in (default: a new temporary folder).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = dir == null ? Files.createTempDirectory("modelgate-demo-") : dir;
        Files.createDirectories(work);
        Path project = work.resolve("credit-risk");
        SampleProject.extract("credit-risk", project);
        Path evidence = work.resolve("evidence");
        Path reports = work.resolve("reports");
        deleteTree(evidence); // a rerun starts from no evidence, as a new build does
        deleteTree(reports);
        deleteTree(work.resolve("registry"));
        deleteTree(work.resolve("requests"));
        out.println("ModelGate demo in " + work);
        out.println("The sample: a credit-risk model's training data (data/train.csv, 5000 rows), a month like it"
                + " (2026-10) and a month with drift and typing errors (2026-11).");
        out.println();
        List<Step> steps = new ArrayList<>(List.of(
                new Step(
                        "Integration",
                        "validate the training data",
                        0,
                        "validate",
                        "--data",
                        project.resolve("data/train.csv"),
                        "--schema",
                        project.resolve("schema.yaml"),
                        "--evidence",
                        evidence.resolve("pipeline/train"),
                        "--html",
                        reports.resolve("train-validation.html"),
                        "--junit",
                        reports.resolve("train-validation.xml")),
                new Step(
                        "Integration",
                        "validate October's data against the training data",
                        0,
                        "validate",
                        "--data",
                        project.resolve("data/2026-10.csv"),
                        "--schema",
                        project.resolve("schema.yaml"),
                        "--reference",
                        project.resolve("data/train.csv"),
                        "--evidence",
                        evidence.resolve("2026-10"),
                        "--html",
                        reports.resolve("2026-10-validation.html")),
                new Step(
                        "Integration",
                        "validate November's data, which drifted and has typing errors",
                        1,
                        "validate",
                        "--data",
                        project.resolve("data/2026-11.csv"),
                        "--schema",
                        project.resolve("schema.yaml"),
                        "--reference",
                        project.resolve("data/train.csv"),
                        "--evidence",
                        evidence.resolve("2026-11"),
                        "--html",
                        reports.resolve("2026-11-validation.html"))));
        List<String> outcomes = new ArrayList<>();
        boolean asExpected = true;
        try (StagingService staging = modelSteps(work, project, evidence, reports, out, steps)) {
            for (Step step : steps) {
                out.println("== " + step.stage() + ": " + step.title());
                out.flush();
                int code = step.run(out, spec.commandLine().getErr());
                boolean expected = code == step.expectedExit();
                asExpected &= expected;
                String outcome = String.format(
                        "[%-11s] %-60s %s%s",
                        step.stage(),
                        step.title(),
                        describe(code),
                        expected ? "" : " (the demo expected " + describe(step.expectedExit()) + ")");
                outcomes.add(outcome);
                out.println();
            }
        }
        out.println("Summary, one line per gate:");
        outcomes.forEach(out::println);
        out.println();
        out.println("HTML reports: " + reports);
        out.println("Evidence (JSON): " + evidence);
        out.flush();
        return asExpected ? ExitCodes.PASSED : ExitCodes.GATE_FAILED;
    }

    /**
     * Trains the champion and two candidates with the sample's trainer, then lists the gates on them: a seeded
     * rebuild that reproduces, a clock-seeded one that does not, a candidate that beats the champion and one that
     * does not.
     */
    private static StagingService modelSteps(
            final Path work,
            final Path project,
            final Path evidence,
            final Path reports,
            final PrintWriter out,
            final List<Step> steps)
            throws Exception {
        SampleTrainer trainer = new SampleTrainer(project);
        Path models = project.resolve("models");
        Files.createDirectories(models);
        Path champion = models.resolve("champion.pmml");
        Path candidate = models.resolve("candidate.pmml");
        Path weak = models.resolve("weak-candidate.pmml");
        out.println("== Training (the sample's Train.java): the champion on four features, a candidate on all of them,"
                + " a weak candidate on two");
        out.println(trainer.train(champion, "--seed", "42", "--features", "age,income,debt_ratio,product"));
        out.println(trainer.train(candidate, "--seed", "42"));
        out.println(trainer.train(weak, "--seed", "42", "--features", "age,product"));
        out.println();
        Path holdout = project.resolve("data/2026-10.csv");
        Path keys = project.resolve("keys");
        if (!Files.exists(keys.resolve("modelgate.key"))) {
            Keys.write(Keys.generate(), keys);
            out.println("Signing keys: " + keys + " (a new Ed25519 pair)");
        }
        Path bundle = project.resolve("bundles/credit-risk-3.zip");
        Path requests = work.resolve("requests");
        StagingService staging = new StagingService(bundle, keys.resolve("modelgate.pub"), requests);
        ReleaseSteps later = new ReleaseSteps(project, evidence, reports, work.resolve("registry/registry.db"));
        steps.addAll(List.of(
                new Step(
                        "Integration",
                        "rebuild the candidate with its seed: reproducible",
                        0,
                        "reproduce",
                        "--model",
                        candidate,
                        "--policy",
                        project.resolve("modelgate.yaml"),
                        "--model-version",
                        "3",
                        "--retrain",
                        trainer.commandLine("{output}", "--seed", "42"),
                        "--workdir",
                        project,
                        "--probe",
                        holdout,
                        "--evidence",
                        evidence.resolve("pipeline/reproduce"),
                        "--html",
                        reports.resolve("reproducibility.html")),
                new Step(
                        "Integration",
                        "rebuild it with a clock seed: not reproducible",
                        1,
                        "reproduce",
                        "--model",
                        candidate,
                        "--retrain",
                        trainer.commandLine("{output}", "--nondeterministic"),
                        "--workdir",
                        project,
                        "--probe",
                        holdout,
                        "--evidence",
                        evidence.resolve("reproduce-nondeterministic"),
                        "--html",
                        reports.resolve("reproducibility-nondeterministic.html")),
                new Step(
                        "Delivery",
                        "compare the candidate with the champion: it wins",
                        0,
                        "compare",
                        "--candidate",
                        candidate,
                        "--champion",
                        champion,
                        "--data",
                        holdout,
                        "--target",
                        "default",
                        "--model",
                        "credit-risk",
                        "--model-version",
                        "3",
                        "--evidence",
                        evidence.resolve("pipeline/compare"),
                        "--html",
                        reports.resolve("comparison.html")),
                new Step(
                        "Delivery",
                        "compare the weak candidate with the champion: it loses",
                        1,
                        "compare",
                        "--candidate",
                        weak,
                        "--champion",
                        champion,
                        "--data",
                        holdout,
                        "--target",
                        "default",
                        "--model",
                        "credit-risk",
                        "--evidence",
                        evidence.resolve("compare-weak"),
                        "--html",
                        reports.resolve("comparison-weak.html")),
                new Step(
                        "Delivery",
                        "package the candidate as a signed bundle",
                        0,
                        "package",
                        "--model",
                        candidate,
                        "--output",
                        bundle,
                        "--private-key",
                        keys.resolve("modelgate.key"),
                        "--model-version",
                        "3",
                        "--owner",
                        "credit risk team",
                        "--purpose",
                        "probability that an applicant defaults within a year",
                        "--evidence",
                        evidence.resolve("pipeline")),
                new Step(
                        "Delivery",
                        "verify the bundle's signature and digests",
                        0,
                        "verify",
                        bundle,
                        "--public-key",
                        keys.resolve("modelgate.pub")),
                stage("integration", project, evidence, reports, 0),
                stage("delivery", project, evidence, reports, 0)));
        steps.addAll(later.registry(champion));
        steps.addAll(later.deployment(staging, bundle, keys.resolve("modelgate.pub"), holdout));
        steps.add(stage("deployment", project, evidence, reports, 0));
        steps.add(approval("refuse an approval by the candidate's author", "dev@example.com", 1, project, evidence));
        steps.add(approval("approve the release as a second person", "alice@example.com", 0, project, evidence));
        steps.addAll(later.release());
        steps.addAll(later.monitoring(candidate, requests));
        steps.add(new Step(
                "Audit",
                "verify the hash-chained audit trail",
                0,
                "audit",
                "verify",
                "--trail",
                evidence.resolve("pipeline/audit.jsonl")));
        return staging;
    }

    private static Step stage(
            final String name, final Path project, final Path evidence, final Path reports, final int expected) {
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new Step(
                title,
                "judge the " + name + " stage from its evidence",
                expected,
                "stage",
                name,
                "--model-version",
                "3",
                "--policy",
                project.resolve("modelgate.yaml"),
                "--evidence",
                evidence.resolve("pipeline"),
                "--triggered-by",
                "nightly",
                "--author",
                "dev@example.com",
                "--html",
                reports.resolve("stage-" + name + ".html"));
    }

    private static Step approval(
            final String title, final String by, final int expected, final Path project, final Path evidence) {
        return new Step(
                "Release",
                title,
                expected,
                "approve",
                "--by",
                by,
                "--model-version",
                "3",
                "--policy",
                project.resolve("modelgate.yaml"),
                "--evidence",
                evidence.resolve("pipeline"),
                "--author",
                "dev@example.com",
                "--triggered-by",
                "nightly");
    }

    private static void deleteTree(final Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String describe(final int code) {
        return switch (code) {
            case ExitCodes.PASSED -> "PASSED";
            case ExitCodes.GATE_FAILED -> "FAILED";
            default -> "INPUT ERROR (exit " + code + ")";
        };
    }

    /** Something the demo does that is not a command, e.g. stopping the staging service. */
    @FunctionalInterface
    interface Action {
        int run() throws Exception;
    }

    /**
     * One line of the demo: a {@code modelgate} command line (an argument may be a {@code Supplier}, read when the
     * step runs), or one {@link Action}, and the exit it should give.
     */
    record Step(String stage, String title, int expectedExit, Object... arguments) {
        int run(final PrintWriter out, final PrintWriter err) throws Exception {
            if (arguments.length == 1 && arguments[0] instanceof Action action) {
                try {
                    return action.run();
                } catch (java.io.IOException | RuntimeException exception) {
                    err.println("demo: " + exception.getMessage());
                    err.flush();
                    return ExitCodes.INPUT_ERROR;
                }
            }
            String[] args = java.util.Arrays.stream(arguments)
                    .map(argument -> String.valueOf(
                            argument instanceof java.util.function.Supplier<?> later ? later.get() : argument))
                    .toArray(String[]::new);
            return Main.commandLine().setOut(out).setErr(err).execute(args);
        }
    }
}
