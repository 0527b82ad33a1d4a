package io.modelgate.cli.deployment;

import io.modelgate.deployment.DeploymentFiles;
import io.modelgate.deployment.DeploymentSpec;
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
                    + " is a complete docker build context.",
            "Exit codes: 0 written, 2 usage or input error."
        })
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "TARGET", description = "kubernetes (the only one).")
    String target;

    @Option(
            names = "--name",
            required = true,
            paramLabel = "NAME",
            description = "Name of the service and of the served model (a DNS label).")
    String name;

    @Option(names = "--image", required = true, paramLabel = "IMAGE", description = "The container image.")
    String image;

    @Option(
            names = "--model-version",
            paramLabel = "VERSION",
            defaultValue = "unversioned",
            description = "The model's version (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--model", paramLabel = "PMML", description = "Copy this model into the folder as model.pmml.")
    Path model;

    @Option(names = "--jar", paramLabel = "JAR", description = "Copy this CLI jar into the folder as modelgate.jar.")
    Path jar;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The folder to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!"kubernetes".equals(target)) {
            throw new ParameterException(spec.commandLine(), "--target: only 'kubernetes' is supported, not " + target);
        }
        String[] cpus = pair("--cpu", cpu);
        String[] memories = pair("--memory", memory);
        DeploymentSpec deployment;
        try {
            deployment = new DeploymentSpec(
                    name,
                    image,
                    version,
                    replicas,
                    new DeploymentSpec.Resources(cpus[0], cpus[1], memories[0], memories[1]));
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
        List<Path> files = DeploymentFiles.write(deployment, output, model, jar);
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

    private String[] pair(final String option, final String value) {
        String[] parts = value.split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new ParameterException(
                    spec.commandLine(), option + " takes REQUEST:LIMIT, e.g. 500m:2, not " + value);
        }
        return parts;
    }
}
