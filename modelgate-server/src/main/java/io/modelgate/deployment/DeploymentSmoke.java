package io.modelgate.deployment;

import io.modelgate.packaging.BundleLayout;
import io.modelgate.packaging.ModelBundle;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployment smoke test: sends sample rows to a running service, one record per request and then in batches,
 * and checks that the service is ready, serves the very model given (its canonical hash; for a signed bundle, the
 * bundle's SHA-256), answers every row as the
 * model's own batch scoring does (the parity check's tolerance), and meets the latency budget at the 99th percentile
 * of the one-record requests. Produces {@code deployment} evidence.
 */
public final class DeploymentSmoke {
    private final SmokeOptions options;
    private final ServiceClient client;

    /**
     * Creates a smoke test.
     *
     * @param options the service and the budget
     */
    public DeploymentSmoke(final SmokeOptions options) {
        this.options = options;
        this.client = new ServiceClient(options.url());
    }

    /**
     * Runs it.
     *
     * @param pmml the model the service should serve
     * @param data the sample CSV
     * @return the evidence
     * @throws IOException when the model or the sample cannot be read
     * @throws InterruptedException when interrupted while waiting for the service
     */
    public Evidence run(final Path pmml, final Path data) throws IOException, InterruptedException {
        PmmlModel model = PmmlModel.load(pmml);
        return run(model, List.of(new Input("model", pmml.toString(), model.hash(), -1)), "model", model.hash(), data);
    }

    /**
     * Runs it against a signed bundle: verifies the bundle, checks that the service reports the bundle's SHA-256 as
     * its digest {@code bundle}, and records the input role {@code bundle} (the SHA-256 of the verified bundle bytes,
     * which the stage's {@code consistency:bundle} gate compares with the bundle evidence) besides {@code model}.
     *
     * @param bundle the bundle the service should serve
     * @param key the public key it must be signed with
     * @param data the sample CSV
     * @return the evidence
     * @throws io.modelgate.packaging.BundleException when the bundle cannot be trusted
     * @throws IOException when the bundle or the sample cannot be read
     * @throws InterruptedException when interrupted while waiting for the service
     */
    public Evidence run(final Path bundle, final PublicKey key, final Path data)
            throws IOException, InterruptedException {
        ModelBundle opened = ModelBundle.open(bundle, key);
        PmmlModel model = opened.model();
        List<Input> inputs = List.of(
                new Input("bundle", bundle.toString(), opened.sha256(), -1),
                new Input("model", bundle + "!/" + BundleLayout.MODEL, model.hash(), -1));
        return run(model, inputs, "bundle", opened.sha256(), data);
    }

    private Evidence run(
            final PmmlModel model, final List<Input> identity, final String role, final String digest, final Path data)
            throws IOException, InterruptedException {
        SmokeSample sample = SmokeSample.read(data, model, options.rows());
        List<Prediction> expected = BatchExpectation.of(model, sample);
        List<Input> inputs = new ArrayList<>(identity);
        inputs.add(new Input(
                "data", data.toString(), sample.sha256(), sample.records().size()));
        var probe = new SmokeProbe(client, options, sample, expected);
        List<Check> checks = new ArrayList<>();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("url", client.base().toString());
        section.put("model", options.name());
        String served = probe.identify(role, digest, checks, section);
        if (served != null) {
            probe.answer(checks, section);
        } else {
            checks.add(Check.of(
                    "answers",
                    GateStatus.INACTIVE,
                    "not run",
                    "every answer equals batch scoring",
                    "Not run: the service is not ready or serves another model."));
        }
        String version = options.version() != null ? options.version() : served == null ? "" : served;
        return Evidence.of(
                "deployment", new Subject(options.name(), version), inputs, checks, Map.of("deployment", section));
    }
}
