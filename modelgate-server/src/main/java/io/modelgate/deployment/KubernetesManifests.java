package io.modelgate.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes objects of one scoring service, as trees of maps and lists ready for YAML: a ConfigMap with the
 * service's settings, a Deployment whose container runs {@code modelgate serve} with readiness and liveness probes on
 * {@code /health/ready} and {@code /health/live}, resource requests and limits, a drain window longer than the
 * service's own and a read-only root file system, and a ClusterIP Service on port 80.
 */
public final class KubernetesManifests {
    static final int DRAIN_SECONDS = 30;
    static final String MODEL_PATH = "/models/model.pmml";
    static final String BUNDLE_PATH = "/models/model.zip";
    static final String KEY_PATH = "/models/modelgate.pub";
    static final String LOG_PATH = "/var/log/modelgate";

    private final DeploymentSpec spec;
    private final boolean bundle;

    /**
     * Creates the manifests of a spec.
     *
     * @param spec what to deploy
     */
    public KubernetesManifests(final DeploymentSpec spec) {
        this(spec, false);
    }

    /**
     * Creates the manifests of a service that serves a PMML file or a signed bundle.
     *
     * @param spec what to deploy
     * @param bundle whether the container serves {@value #BUNDLE_PATH}, verified with {@value #KEY_PATH}, instead of
     *     {@value #MODEL_PATH}
     */
    public KubernetesManifests(final DeploymentSpec spec, final boolean bundle) {
        this.spec = spec;
        this.bundle = bundle;
    }

    static List<String> modelArguments(final boolean bundle) {
        return bundle ? List.of("--model", BUNDLE_PATH, "--public-key", KEY_PATH) : List.of("--model", MODEL_PATH);
    }

    Map<String, Object> labels() {
        return map(
                "app.kubernetes.io/name",
                spec.name(),
                "app.kubernetes.io/version",
                spec.modelVersion(),
                "app.kubernetes.io/component",
                "scoring",
                "app.kubernetes.io/part-of",
                "modelgate");
    }

    private Map<String, Object> metadata(final String name) {
        return map("name", name, "labels", labels());
    }

    /** @return the ConfigMap {@code <name>-config}: the settings the container reads as environment variables */
    public Map<String, Object> configMap() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("MODEL_NAME", spec.name());
        data.put("MODEL_VERSION", spec.modelVersion());
        data.put("PORT", String.valueOf(DeploymentSpec.PORT));
        data.put("MAX_BATCH", "1000");
        data.put("MAX_BODY_BYTES", String.valueOf(4 << 20));
        data.put("TIMEOUT_MS", "2000");
        data.put("QUEUE", "256");
        data.put("DRAIN_SECONDS", String.valueOf(DRAIN_SECONDS));
        data.put("REQUEST_LOG_SAMPLE", "0.1");
        return map(
                "apiVersion", "v1", "kind", "ConfigMap", "metadata", metadata(spec.name() + "-config"), "data", data);
    }

    /** @return the Deployment */
    public Map<String, Object> deployment() {
        Map<String, Object> selector = map("matchLabels", map("app.kubernetes.io/name", spec.name()));
        Map<String, Object> podMetadata = map(
                "labels",
                labels(),
                "annotations",
                map(
                        "prometheus.io/scrape", "true",
                        "prometheus.io/port", String.valueOf(DeploymentSpec.PORT),
                        "prometheus.io/path", "/metrics"));
        Map<String, Object> podSpec = map(
                "terminationGracePeriodSeconds", DRAIN_SECONDS + 15,
                "securityContext", map("runAsNonRoot", true, "runAsUser", 10001, "fsGroup", 10001),
                "containers", List.of(container()),
                "volumes",
                        List.of(map("name", "request-log", "emptyDir", map()), map("name", "tmp", "emptyDir", map())));
        Map<String, Object> deploymentSpec = map(
                "replicas", spec.replicas(),
                "selector", selector,
                "strategy", map("type", "RollingUpdate", "rollingUpdate", map("maxUnavailable", 0, "maxSurge", 1)),
                "template", map("metadata", podMetadata, "spec", podSpec));
        return map(
                "apiVersion",
                "apps/v1",
                "kind",
                "Deployment",
                "metadata",
                metadata(spec.name()),
                "spec",
                deploymentSpec);
    }

    private Map<String, Object> container() {
        List<String> args = new ArrayList<>(List.of("serve"));
        args.addAll(modelArguments(bundle));
        args.addAll(List.of(
                "--name",
                "$(MODEL_NAME)",
                "--model-version",
                "$(MODEL_VERSION)",
                "--host",
                "0.0.0.0",
                "--port",
                "$(PORT)",
                "--max-batch",
                "$(MAX_BATCH)",
                "--max-body-bytes",
                "$(MAX_BODY_BYTES)",
                "--timeout-ms",
                "$(TIMEOUT_MS)",
                "--queue",
                "$(QUEUE)",
                "--drain-seconds",
                "$(DRAIN_SECONDS)",
                "--request-log",
                LOG_PATH,
                "--request-log-sample",
                "$(REQUEST_LOG_SAMPLE)"));
        return map(
                "name", "scoring",
                "image", spec.image(),
                "args", args,
                "envFrom", List.of(map("configMapRef", map("name", spec.name() + "-config"))),
                "ports", List.of(map("name", "http", "containerPort", DeploymentSpec.PORT, "protocol", "TCP")),
                "readinessProbe", probe("/health/ready", 5, 5, 3),
                "livenessProbe", probe("/health/live", 20, 10, 3),
                "startupProbe", probe("/health/live", 0, 2, 60),
                "lifecycle", map("preStop", map("exec", map("command", List.of("sleep", "5")))),
                "resources",
                        map(
                                "requests",
                                        map(
                                                "cpu",
                                                spec.resources().cpuRequest(),
                                                "memory",
                                                spec.resources().memoryRequest()),
                                "limits",
                                        map(
                                                "cpu",
                                                spec.resources().cpuLimit(),
                                                "memory",
                                                spec.resources().memoryLimit())),
                "securityContext",
                        map(
                                "allowPrivilegeEscalation",
                                false,
                                "readOnlyRootFilesystem",
                                true,
                                "capabilities",
                                map("drop", List.of("ALL"))),
                "volumeMounts",
                        List.of(
                                map("name", "request-log", "mountPath", LOG_PATH),
                                map("name", "tmp", "mountPath", "/tmp")));
    }

    private static Map<String, Object> probe(
            final String path, final int initialDelay, final int period, final int failures) {
        return map(
                "httpGet", map("path", path, "port", "http"),
                "initialDelaySeconds", initialDelay,
                "periodSeconds", period,
                "failureThreshold", failures);
    }

    /** @return the Service: port 80 to the container's {@code http} port, ClusterIP */
    public Map<String, Object> service() {
        Map<String, Object> serviceSpec = map(
                "type", "ClusterIP",
                "selector", map("app.kubernetes.io/name", spec.name()),
                "ports", List.of(map("name", "http", "port", 80, "targetPort", "http", "protocol", "TCP")));
        return map("apiVersion", "v1", "kind", "Service", "metadata", metadata(spec.name()), "spec", serviceSpec);
    }

    /** Builds an ordered map from key-value pairs. */
    static Map<String, Object> map(final Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
