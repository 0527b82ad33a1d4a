package io.modelgate.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentFilesTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path folder;

    @Test
    void shouldRenderADeploymentWithProbesResourcesAndTheServeCommand() throws Exception {
        var spec = new DeploymentSpec(
                "credit-risk", "registry.example/credit:1.2", "1.2", 3, DeploymentSpec.Resources.DEFAULT);

        List<Path> files = DeploymentFiles.write(spec, folder, null, null);

        assertThat(files)
                .extracting(file -> file.getFileName().toString())
                .containsExactlyElementsOf(DeploymentFiles.NAMES);
        JsonNode deployment = YAML.readTree(folder.resolve("deployment.yaml").toFile());
        assertThat(deployment.get("apiVersion").asText()).isEqualTo("apps/v1");
        assertThat(deployment.get("kind").asText()).isEqualTo("Deployment");
        assertThat(deployment.at("/metadata/name").asText()).isEqualTo("credit-risk");
        assertThat(deployment.at("/metadata/labels/app.kubernetes.io~1version").asText())
                .isEqualTo("1.2");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(deployment
                        .at("/spec/selector/matchLabels/app.kubernetes.io~1name")
                        .asText())
                .isEqualTo(deployment
                        .at("/spec/template/metadata/labels/app.kubernetes.io~1name")
                        .asText());
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertThat(container.get("image").asText()).isEqualTo("registry.example/credit:1.2");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/health/live");
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo("http");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
        assertThat(container.at("/resources/requests/cpu").asText()).isEqualTo("500m");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("1Gi");
        assertThat(container.at("/envFrom/0/configMapRef/name").asText()).isEqualTo("credit-risk-config");
        List<String> args = new ArrayList<>();
        container.get("args").forEach(arg -> args.add(arg.asText()));
        assertThat(args).startsWith("serve", "--model", "/models/model.pmml").contains("--host", "0.0.0.0");
        assertThat(deployment
                        .at("/spec/template/spec/terminationGracePeriodSeconds")
                        .asInt())
                .isGreaterThan(KubernetesManifests.DRAIN_SECONDS);
    }

    @Test
    void shouldRenderTheServiceTheConfigMapAndTheDockerfile() throws Exception {
        var spec = new DeploymentSpec("credit", "credit:1", "7", 1, DeploymentSpec.Resources.DEFAULT);
        Path model = folder.resolve("in.pmml");
        Files.writeString(model, "<PMML/>");

        DeploymentFiles.write(spec, folder.resolve("out"), model, null);

        JsonNode service = YAML.readTree(folder.resolve("out/service.yaml").toFile());
        assertThat(service.get("kind").asText()).isEqualTo("Service");
        assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(80);
        assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
        assertThat(service.at("/spec/selector/app.kubernetes.io~1name").asText())
                .isEqualTo("credit");
        JsonNode config = YAML.readTree(folder.resolve("out/configmap.yaml").toFile());
        assertThat(config.get("kind").asText()).isEqualTo("ConfigMap");
        assertThat(config.at("/metadata/name").asText()).isEqualTo("credit-config");
        assertThat(config.get("data"))
                .allSatisfy(value -> assertThat(value.isTextual()).isTrue());
        assertThat(config.at("/data/MODEL_VERSION").asText()).isEqualTo("7");
        assertThat(config.at("/data/PORT").asText()).isEqualTo("8080");
        String dockerfile = Files.readString(folder.resolve("out/Dockerfile"));
        assertThat(dockerfile)
                .contains("FROM eclipse-temurin:17-jre")
                .contains("COPY modelgate.jar /opt/modelgate/modelgate.jar")
                .contains("USER 10001")
                .contains("CMD [\"serve\", \"--model\", \"/models/model.pmml\"");
        assertThat(folder.resolve("out/model.pmml")).hasContent("<PMML/>");
    }

    @Test
    void shouldRenderABundleWithItsPublicKeySoThatTheContainerVerifiesIt() throws Exception {
        var spec = new DeploymentSpec("credit", "credit:1", "7", 1, DeploymentSpec.Resources.DEFAULT);
        Path bundle = folder.resolve("credit-7.zip");
        Files.writeString(bundle, "a bundle");
        Path key = folder.resolve("keys.pub");
        Files.writeString(key, "a key");

        List<Path> files = DeploymentFiles.writeBundle(spec, folder.resolve("out"), bundle, key, null);

        assertThat(files)
                .extracting(file -> file.getFileName().toString())
                .endsWith(DeploymentFiles.BUNDLE, DeploymentFiles.PUBLIC_KEY);
        JsonNode deployment =
                YAML.readTree(folder.resolve("out/deployment.yaml").toFile());
        List<String> args = new ArrayList<>();
        deployment.at("/spec/template/spec/containers/0/args").forEach(arg -> args.add(arg.asText()));
        assertThat(args)
                .startsWith("serve", "--model", "/models/model.zip", "--public-key", "/models/modelgate.pub")
                .doesNotContain("/models/model.pmml");
        assertThat(Files.readString(folder.resolve("out/Dockerfile")))
                .contains("COPY model.zip /models/model.zip")
                .contains("COPY modelgate.pub /models/modelgate.pub")
                .contains(
                        "CMD [\"serve\", \"--model\", \"/models/model.zip\", \"--public-key\", \"/models/modelgate.pub\"")
                .doesNotContain("model.pmml");
        assertThat(folder.resolve("out/model.zip")).hasContent("a bundle");
        assertThat(folder.resolve("out/modelgate.pub")).hasContent("a key");
    }

    @Test
    void shouldRefuseNamesKubernetesWouldRefuse() {
        assertThatThrownBy(() -> new DeploymentSpec("Credit_Risk", "i:1", "1", 1, DeploymentSpec.Resources.DEFAULT))
                .hasMessageContaining("DNS-1123");
        assertThatThrownBy(() -> new DeploymentSpec("credit", "i:1", "1 2", 1, DeploymentSpec.Resources.DEFAULT))
                .hasMessageContaining("label value");
        assertThatThrownBy(() -> new DeploymentSpec("credit", " ", "1", 1, DeploymentSpec.Resources.DEFAULT))
                .hasMessageContaining("image");
        assertThatThrownBy(() -> new DeploymentSpec("credit", "i:1", "1", 0, DeploymentSpec.Resources.DEFAULT))
                .hasMessageContaining("Replicas");
    }
}
