package io.modelgate.deployment;

import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployment smoke test: sends sample rows to a running service, one record per request and then in batches,
 * and checks that the service is ready, serves the very model given (its canonical hash), answers every row as the
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
        SmokeSample sample = SmokeSample.read(data, model, options.rows());
        List<Prediction> expected = BatchExpectation.of(model, sample);
        List<Input> inputs = List.of(
                new Input("model", pmml.toString(), model.hash(), -1),
                new Input(
                        "data",
                        data.toString(),
                        sample.sha256(),
                        sample.records().size()));
        var probe = new SmokeProbe(client, options, sample, expected);
        List<Check> checks = new ArrayList<>();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("url", client.base().toString());
        section.put("model", options.name());
        String served = probe.identify(model.hash(), checks, section);
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
