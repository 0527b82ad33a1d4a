package io.modelgate.deployment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to deploy: the service's name (a DNS-1123 label, also the model's name in the URLs), the container image,
 * the model's version, replicas and resources.
 *
 * @param name the name of the Deployment, Service and ConfigMap, and of the served model
 * @param image the container image built from the rendered Dockerfile
 * @param modelVersion the model's version, a label of every object
 * @param replicas the number of pods
 * @param resources CPU and memory requests and limits
 */
public record DeploymentSpec(String name, String image, String modelVersion, int replicas, Resources resources) {
    /** The container port the service listens on. */
    public static final int PORT = 8080;

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

    /**
     * CPU and memory of each pod, in Kubernetes quantities.
     *
     * @param cpuRequest e.g. {@code 500m}
     * @param cpuLimit e.g. {@code 2}
     * @param memoryRequest e.g. {@code 512Mi}
     * @param memoryLimit e.g. {@code 1Gi}
     */
    public record Resources(String cpuRequest, String cpuLimit, String memoryRequest, String memoryLimit) {
        /** Half a core guaranteed, two at most; 512 MiB guaranteed, 1 GiB at most. */
        public static final Resources DEFAULT = new Resources("500m", "2", "512Mi", "1Gi");
    }

    /**
     * Checks the names.
     *
     * @param name the name
     * @param image the image
     * @param modelVersion the version
     * @param replicas the pods
     * @param resources the resources
     * @throws IllegalArgumentException when the name is not a DNS-1123 label, the version not a label value, the
     *     image blank or replicas below 1
     */
    public DeploymentSpec {
        Objects.requireNonNull(resources, "resources");
        if (name == null || !DNS_LABEL.matcher(name).matches()) {
            throw new IllegalArgumentException("The name '" + name
                    + "' must be a DNS-1123 label: lower-case letters, digits and '-', at most 63 characters");
        }
        if (image == null || image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The image must be a reference without spaces, e.g. registry/name:tag");
        }
        if (modelVersion == null || !LABEL_VALUE.matcher(modelVersion).matches()) {
            throw new IllegalArgumentException("The model version '" + modelVersion
                    + "' must be a Kubernetes label value: letters, digits, '-', '_' and '.', at most 63 characters");
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("Replicas must be at least 1: " + replicas);
        }
    }
}
