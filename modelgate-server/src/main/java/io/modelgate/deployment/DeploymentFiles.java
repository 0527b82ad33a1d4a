package io.modelgate.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.modelgate.report.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a deployment's files into a folder: {@code configmap.yaml}, {@code deployment.yaml}, {@code service.yaml}
 * (YAML written by Jackson, strings that look like numbers or booleans quoted) and a {@code Dockerfile} that runs
 * {@code modelgate serve} on {@code eclipse-temurin:17-jre} as a non-root user; optionally the model and the CLI jar
 * beside it, so that the folder is a complete {@code docker build} context.
 */
public final class DeploymentFiles {
    /** The file names, in the order they are written. */
    public static final List<String> NAMES = List.of("configmap.yaml", "deployment.yaml", "service.yaml", "Dockerfile");

    /** The name of the model file in the build context. */
    public static final String MODEL = "model.pmml";

    /** The name of the signed bundle in the build context. */
    public static final String BUNDLE = "model.zip";

    /** The name of the public key that verifies the bundle, in the build context. */
    public static final String PUBLIC_KEY = "modelgate.pub";

    /** The name of the CLI jar in the build context. */
    public static final String JAR = "modelgate.jar";

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    private DeploymentFiles() {}

    /**
     * Writes the files, each atomically.
     *
     * @param spec what to deploy
     * @param folder where to (created when missing)
     * @param model the PMML to copy in as {@code model.pmml}, or {@code null}
     * @param jar the CLI jar to copy in as {@code modelgate.jar}, or {@code null}
     * @return the files written
     * @throws IOException when a file cannot be written or copied
     */
    public static List<Path> write(final DeploymentSpec spec, final Path folder, final Path model, final Path jar)
            throws IOException {
        return write(spec, folder, model, null, jar, false);
    }

    /**
     * Writes the files of a service that serves a signed bundle, verified with its public key at every start and
     * reload: the container runs {@code serve --model /models/model.zip --public-key /models/modelgate.pub}.
     *
     * @param spec what to deploy (name and version as in the bundle's signed manifest)
     * @param folder where to (created when missing)
     * @param bundle the bundle to copy in as {@code model.zip}, or {@code null}
     * @param publicKey the public key to copy in as {@code modelgate.pub}, or {@code null}
     * @param jar the CLI jar to copy in as {@code modelgate.jar}, or {@code null}
     * @return the files written
     * @throws IOException when a file cannot be written or copied
     */
    public static List<Path> writeBundle(
            final DeploymentSpec spec, final Path folder, final Path bundle, final Path publicKey, final Path jar)
            throws IOException {
        return write(spec, folder, bundle, publicKey, jar, true);
    }

    private static List<Path> write(
            final DeploymentSpec spec,
            final Path folder,
            final Path model,
            final Path publicKey,
            final Path jar,
            final boolean bundle)
            throws IOException {
        var manifests = new KubernetesManifests(spec, bundle);
        List<Path> written = new ArrayList<>();
        written.add(writeYaml(folder.resolve("configmap.yaml"), manifests.configMap()));
        written.add(writeYaml(folder.resolve("deployment.yaml"), manifests.deployment()));
        written.add(writeYaml(folder.resolve("service.yaml"), manifests.service()));
        Path dockerfile = folder.resolve("Dockerfile");
        AtomicFiles.writeString(dockerfile, dockerfile(bundle));
        written.add(dockerfile);
        if (model != null) {
            written.add(copy(model, folder.resolve(bundle ? BUNDLE : MODEL)));
        }
        if (publicKey != null) {
            written.add(copy(publicKey, folder.resolve(PUBLIC_KEY)));
        }
        if (jar != null) {
            written.add(copy(jar, folder.resolve(JAR)));
        }
        return written;
    }

    static String yaml(final Map<String, Object> tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static Path writeYaml(final Path file, final Map<String, Object> tree) throws IOException {
        AtomicFiles.writeString(file, "# Rendered by modelgate deploy render; see docs/serving.md.\n" + yaml(tree));
        return file;
    }

    private static Path copy(final Path source, final Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    static String dockerfile() {
        return dockerfile(false);
    }

    static String dockerfile(final boolean bundle) {
        List<String> command = new ArrayList<>(List.of("serve"));
        command.addAll(KubernetesManifests.modelArguments(bundle));
        command.addAll(List.of("--host", "0.0.0.0", "--port", String.valueOf(DeploymentSpec.PORT)));
        List<String> lines = new ArrayList<>(List.of(
                "# Rendered by modelgate deploy render. Build context: this folder with " + JAR + " (the CLI's",
                "# modelgate-cli-*-all.jar) and " + (bundle ? BUNDLE + " and " + PUBLIC_KEY : MODEL)
                        + " beside this file.",
                "FROM eclipse-temurin:17-jre",
                "RUN groupadd --system --gid 10001 modelgate \\",
                "    && useradd --system --uid 10001 --gid modelgate --no-create-home modelgate \\",
                "    && mkdir -p " + KubernetesManifests.LOG_PATH + " \\",
                "    && chown modelgate:modelgate " + KubernetesManifests.LOG_PATH,
                "COPY " + JAR + " /opt/modelgate/" + JAR));
        if (bundle) {
            lines.add("COPY " + BUNDLE + " " + KubernetesManifests.BUNDLE_PATH);
            lines.add("COPY " + PUBLIC_KEY + " " + KubernetesManifests.KEY_PATH);
        } else {
            lines.add("COPY " + MODEL + " " + KubernetesManifests.MODEL_PATH);
        }
        lines.addAll(List.of(
                "USER 10001:10001",
                "EXPOSE " + DeploymentSpec.PORT,
                "ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-XX:+ExitOnOutOfMemoryError\", \"-jar\", "
                        + "\"/opt/modelgate/" + JAR + "\"]",
                "CMD ["
                        + String.join(
                                ", ",
                                command.stream().map(arg -> "\"" + arg + "\"").toList()) + "]",
                ""));
        return String.join("\n", lines);
    }
}
