package io.modelgate.cli.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * The demo after Delivery: the registry with the champion in it, the smoke test of the staging service, the
 * Deployment stage, the approvals, the release that moves the champion alias, the rollback, and monitoring of the
 * traffic the service logged plus a synthetic drifted day.
 */
final class ReleaseSteps {
    private static final String MODEL = "credit-risk";
    private static final String VERSION = "3";
    private static final String AUTHOR = "dev@example.com";

    private final Path project;
    private final Path evidence;
    private final Path reports;
    private final Path registry;

    ReleaseSteps(final Path project, final Path evidence, final Path reports, final Path registry) {
        this.project = project;
        this.evidence = evidence;
        this.reports = reports;
        this.registry = registry;
    }

    List<DemoCommand.Step> registry(final Path champion) {
        return List.of(
                new DemoCommand.Step(
                        "Registry",
                        "register the champion in production as version 2",
                        0,
                        "registry",
                        "register",
                        "--name",
                        MODEL,
                        "--version",
                        "2",
                        "--file",
                        champion,
                        "--by",
                        AUTHOR,
                        "--registry",
                        registry),
                new DemoCommand.Step(
                        "Registry",
                        "point the champion alias at version 2",
                        0,
                        "registry",
                        "alias",
                        "set",
                        MODEL,
                        "champion",
                        "2",
                        "--by",
                        AUTHOR,
                        "--reason",
                        "the model in production before this release",
                        "--registry",
                        registry));
    }

    List<DemoCommand.Step> deployment(
            final StagingService staging, final Path bundle, final Path publicKey, final Path holdout) {
        return List.of(
                new DemoCommand.Step(
                        "Deployment", "verify the bundle and serve it in staging (loopback)", 0, (DemoCommand.Action)
                                staging::start),
                new DemoCommand.Step(
                        "Deployment",
                        "smoke-test it: answers equal the bundle's own scoring",
                        0,
                        "deploy",
                        "smoke",
                        "--url",
                        (java.util.function.Supplier<String>) staging::url,
                        "--model",
                        bundle,
                        "--public-key",
                        publicKey,
                        "--data",
                        holdout,
                        "--evidence",
                        evidence.resolve("pipeline"),
                        "--html",
                        reports.resolve("deployment.html")),
                new DemoCommand.Step(
                        "Deployment", "stop the staging service (its request log stays)", 0, (DemoCommand.Action)
                                staging::stop));
    }

    List<DemoCommand.Step> release() {
        return List.of(
                new DemoCommand.Step(
                        "Release",
                        "release version 3: the champion alias moves 2 -> 3",
                        0,
                        "release",
                        "--model-version",
                        VERSION,
                        "--policy",
                        project.resolve("modelgate.yaml"),
                        "--evidence",
                        evidence.resolve("pipeline"),
                        "--author",
                        AUTHOR,
                        "--triggered-by",
                        "nightly",
                        "--registry",
                        registry,
                        "--html",
                        reports.resolve("release.html")),
                new DemoCommand.Step(
                        "Release",
                        "roll back: the champion alias returns to version 2",
                        0,
                        "registry",
                        "rollback",
                        MODEL,
                        "--by",
                        "alice@example.com",
                        "--reason",
                        "demo: the previous champion comes back in one command",
                        "--registry",
                        registry));
    }

    List<DemoCommand.Step> monitoring(final Path candidate, final Path requests) {
        return List.of(
                new DemoCommand.Step(
                        "Monitoring",
                        "add a synthetic day of drifted traffic (November's data)",
                        0,
                        "monitor",
                        "simulate",
                        "--pmml",
                        candidate,
                        "--data",
                        project.resolve("data/2026-11.csv"),
                        "--log",
                        requests,
                        "--start",
                        "2026-11-20T00:00:00Z",
                        "--model-name",
                        MODEL,
                        "--model-version",
                        VERSION),
                new DemoCommand.Step(
                        "Monitoring",
                        "check the logged traffic for drift: a retrain request",
                        1,
                        "monitor",
                        "drift",
                        "--log",
                        requests,
                        "--pmml",
                        candidate,
                        "--reference",
                        project.resolve("data/train.csv"),
                        "--model",
                        MODEL,
                        "--model-version",
                        VERSION,
                        "--evidence",
                        evidence.resolve("monitoring"),
                        "--html",
                        reports.resolve("monitoring.html")));
    }
}
