package io.modelgate.jenkins.steps;

import io.modelgate.deployment.DeploymentFiles;
import io.modelgate.deployment.DeploymentSmoke;
import io.modelgate.deployment.DeploymentSpec;
import io.modelgate.deployment.SmokeOptions;
import io.modelgate.packaging.Keys;
import io.modelgate.packaging.ModelBundle;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work of {@code mlDeploy} on the agent: verifies the bundle, renders its deployment files when an image is
 * given, and smoke-tests the environment's running service when its URL is given; the evidence is about the policy's
 * model and the step's version, and names the target environment.
 */
final class Deployment {
    private final DeployStep step;
    private final String model;
    private final Path workspace;

    Deployment(final DeployStep step, final String model, final Path workspace) {
        this.step = step;
        this.model = model;
        this.workspace = workspace;
    }

    Evidence run() throws IOException {
        Path bundle = workspace.resolve(step.getBundle());
        Path key = workspace.resolve(step.getPublicKey());
        PublicKey publicKey = Keys.readPublic(key);
        ModelBundle opened = ModelBundle.open(bundle, publicKey);
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("target", step.getTarget());
        if (step.getImage() != null) {
            section.put("rendered", render(opened, bundle, key));
        }
        Evidence evidence = step.getUrl() == null ? inactive(bundle, opened) : smoke(bundle, publicKey, opened);
        Map<String, Object> sections = new LinkedHashMap<>(evidence.sections());
        @SuppressWarnings("unchecked")
        Map<String, Object> deployment = (Map<String, Object>) sections.get("deployment");
        if (deployment != null) {
            section.putAll(deployment);
        }
        sections.put("deployment", section);
        return new Evidence(
                evidence.kind(),
                evidence.schemaVersion(),
                evidence.status(),
                new Subject(model, step.getModelVersion()),
                evidence.createdAt(),
                evidence.tool(),
                evidence.inputs(),
                evidence.checks(),
                sections);
    }

    private Map<String, Object> render(final ModelBundle opened, final Path bundle, final Path key) throws IOException {
        String version = opened.version().isEmpty() ? "unversioned" : opened.version();
        var spec = new DeploymentSpec(opened.name(), step.getImage(), version, 2, DeploymentSpec.Resources.DEFAULT);
        Path folder = workspace.resolve(step.renderFolder());
        List<String> files = DeploymentFiles.writeBundle(spec, folder, bundle, key, null).stream()
                .map(file -> file.getFileName().toString())
                .toList();
        return Map.of("folder", step.renderFolder(), "image", step.getImage(), "files", files);
    }

    private Evidence inactive(final Path bundle, final ModelBundle opened) {
        String reason =
                "no url of a running service in " + step.getTarget() + ": deploy the rendered files and pass url";
        return Evidence.of(
                "deployment",
                new Subject(model, step.getModelVersion()),
                List.of(new Input("bundle", bundle.toString(), opened.sha256(), -1)),
                List.of(Check.of("smoke", GateStatus.INACTIVE, "not run", "the service answers as the bundle", reason)),
                Map.of());
    }

    private Evidence smoke(final Path bundle, final PublicKey key, final ModelBundle opened) throws IOException {
        var options = new SmokeOptions(
                URI.create(step.getUrl()),
                opened.name(),
                step.getModelVersion().isEmpty() ? null : step.getModelVersion(),
                step.getRows(),
                step.getLatencyP99Ms(),
                20,
                100);
        try {
            return new DeploymentSmoke(options).run(bundle, key, workspace.resolve(step.getSmokeTest()));
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while smoke-testing " + step.getUrl());
        }
    }
}
