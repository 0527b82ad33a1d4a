package io.modelgate.cli.deployment;

import io.modelgate.deployment.DeploymentFiles;
import io.modelgate.deployment.DeploymentSpec;
import io.modelgate.packaging.Keys;
import io.modelgate.packaging.ModelBundle;
import io.modelgate.server.model.ModelLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code modelgate deploy render}: Kubernetes manifests and a Dockerfile for the scoring service. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a Kubernetes Deployment (probes on /health/ready and /health/live, resource requests and limits,"
                    + " a drain window), a Service, a ConfigMap with the service's settings and a Dockerfile"
                    + " (eclipse-temurin:17-jre, runs modelgate serve) into a folder. With --model and --jar the folder"
                    + " is a complete docker build context. A signed bundle (.zip) is verified with --public-key first;"
                    + " its signed manifest gives the name and version, and the container verifies it again at every"
                    + " start and reload.",
            "Exit codes: 0 written, 2 usage or input error."
        })
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "TARGET", description = "kubernetes (the only one).")
    String target;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "Name of the service and of the served model (a DNS label); required for PMML, a bundle's"
                    + " must equal its manifest's (default: the manifest's).")
    String name;

    @Option(names = "--image", required = true, paramLabel = "IMAGE", description = "The container image.")
    String image;

    @Option(
            names = "--model-version",
            paramLabel = "VERSION",
            description = "The model's version (default: unversioned; a bundle's must equal its manifest's, default"
                    + " the manifest's).")
    String version;

    @Option(
            names = "--replicas",
            paramLabel = "N",
            defaultValue = "2",
            description = "Pods (default ${DEFAULT-VALUE}).")
    int replicas;

    @Option(
            names = "--cpu",
            paramLabel = "REQUEST:LIMIT",
            defaultValue = "500m:2",
            description = "CPU (default ${DEFAULT-VALUE}).")
    String cpu;

    @Option(
            names = "--memory",
            paramLabel = "REQUEST:LIMIT",
            defaultValue = "512Mi:1Gi",
            description = "Memory (default ${DEFAULT-VALUE}).")
    String memory;

    @Option(
            names = "--model",
            paramLabel = "PMML|BUNDLE",
            description = "Copy this model into the folder as model.pmml, or this signed bundle (.zip) as model.zip.")
    Path model;

    @Option(
            names = "--public-key",
            paramLabel = "FILE",
            description = "The public key (PEM) the bundle is signed with; required for a bundle, copied in as"
                    + " modelgate.pub.")
    Path publicKey;

    @Option(names = "--jar", paramLabel = "JAR", description = "Copy this CLI jar into the folder as modelgate.jar.")
    Path jar;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The folder to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!"kubernetes".equals(target)) {
            throw new ParameterException(spec.commandLine(), "--target: only 'kubernetes' is supported, not " + target);
        }
        boolean bundle = model != null && ModelLoader.isBundle(model);
        if (bundle) {
            identify();
        } else if (publicKey != null) {
            throw new ParameterException(
                    spec.commandLine(), "--public-key verifies a bundle (.zip) given with --model; there is none");
        } else if (name == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--name=NAME'");
        }
        String[] cpus = pair("--cpu", cpu);
        String[] memories = pair("--memory", memory);
        DeploymentSpec deployment;
        try {
            deployment = new DeploymentSpec(
                    name,
                    image,
                    version == null ? "unversioned" : version,
                    replicas,
                    new DeploymentSpec.Resources(cpus[0], cpus[1], memories[0], memories[1]));
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
        List<Path> files = bundle
                ? DeploymentFiles.writeBundle(deployment, output, model, publicKey, jar)
                : DeploymentFiles.write(deployment, output, model, jar);
        PrintWriter out = spec.commandLine().getOut();
        out.println("[deploy] rendered " + files.size() + " files into " + output + ": "
                + String.join(
                        ", ",
                        files.stream()
                                .map(file -> file.getFileName().toString())
                                .toList()));
        if (model == null || jar == null) {
            out.println("[deploy] before docker build, put " + (model == null ? DeploymentFiles.MODEL : "")
                    + (model == null && jar == null ? " and " : "") + (jar == null ? DeploymentFiles.JAR : "")
                    + " into " + output);
        }
        out.flush();
        return 0;
    }

    /** Verifies the bundle and takes the name and version from its signed manifest. */
    private void identify() throws IOException {
        if (publicKey == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    model + " is a bundle: give the public key it must be signed with (--public-key)");
        }
        ModelBundle opened = ModelBundle.open(model, Keys.readPublic(publicKey));
        if (name != null && !name.equals(opened.name()) || version != null && !version.equals(opened.version())) {
            throw new ParameterException(
                    spec.commandLine(),
                    model + ": the signed manifest names model '" + opened.name() + "' version '" + opened.version()
                            + "'; --name and --model-version must agree");
        }
        name = opened.name();
        version = opened.version().isEmpty() ? null : opened.version();
    }

    private String[] pair(final String option, final String value) {
        String[] parts = value.split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new ParameterException(
                    spec.commandLine(), option + " takes REQUEST:LIMIT, e.g. 500m:2, not " + value);
        }
        return parts;
    }
}
