package io.modelgate.cli.deployment;

import io.modelgate.cli.Verdict;
import io.modelgate.deployment.DeploymentSmoke;
import io.modelgate.deployment.SmokeOptions;
import io.modelgate.packaging.Keys;
import io.modelgate.packaging.ModelBundle;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.HtmlReport;
import io.modelgate.report.JunitXml;
import io.modelgate.server.model.ModelLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code modelgate deploy smoke}: checks a running scoring service against the model's own batch scoring. */
@Command(
        name = "smoke",
        mixinStandardHelpOptions = true,
        description = {
            "Sends sample rows to a running service (each row alone, then in batches), checks that it is ready,"
                    + " serves exactly the given model (canonical hash; for a signed bundle, verified with --public-key,"
                    + " the bundle's SHA-256), answers every row as the model's own batch"
                    + " scoring does (relative 1e-6, zero threshold 1e-16) and meets the p99 latency budget of the"
                    + " one-row requests; writes deployment evidence.",
            "Exit codes: 0 passed, 1 a check failed, 2 usage or input error."
        })
public final class SmokeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--url",
            required = true,
            paramLabel = "URL",
            description = "The service, e.g. http://127.0.0.1:8080.")
    URI url;

    @Option(
            names = "--model",
            required = true,
            paramLabel = "PMML|BUNDLE",
            description = "The model or signed bundle (.zip) the service should serve.")
    Path model;

    @Option(
            names = "--public-key",
            paramLabel = "FILE",
            description = "The public key (PEM) the bundle is signed with; required for a bundle.")
    Path publicKey;

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "Sample rows with the model's inputs.")
    Path data;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The served model's name in the URLs (default: the PMML file name, or the bundle's"
                    + " manifest name).")
    String name;

    @Option(names = "--model-version", paramLabel = "VERSION", description = "The version (default: the service's).")
    String version;

    @Option(
            names = "--rows",
            paramLabel = "N",
            defaultValue = "200",
            description = "Rows sent (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(
            names = "--latency-p99-ms",
            paramLabel = "MS",
            description = "Budget for the 99th percentile of one-row requests (default: not judged).")
    Double budget;

    @Option(
            names = "--warm-up",
            paramLabel = "N",
            defaultValue = "20",
            description = "Untimed one-row requests sent first (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(
            names = "--evidence",
            paramLabel = "DIR",
            defaultValue = "modelgate-evidence",
            description = "Folder for the evidence JSON (default: ${DEFAULT-VALUE}).")
    Path evidence;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    Path html;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML, one test case per check.")
    Path junit;

    @Option(
            names = {"-q", "--quiet"},
            description = "Only the verdict.")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        boolean bundle = ModelLoader.isBundle(model);
        if (bundle && publicKey == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    model + " is a bundle: give the public key it must be signed with (--public-key)");
        }
        if (!bundle && publicKey != null) {
            throw new ParameterException(
                    spec.commandLine(), "--public-key verifies a bundle (.zip); " + model + " is a PMML file");
        }
        PublicKey key = bundle ? Keys.readPublic(publicKey) : null;
        String served = name != null
                ? name
                : bundle
                        ? ModelBundle.open(model, key).name()
                        : model.getFileName().toString().replaceFirst("(?i)\\.pmml$", "");
        SmokeOptions options;
        try {
            options = new SmokeOptions(url, served, version, rows, budget, warmUp, 100);
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
        DeploymentSmoke smoke = new DeploymentSmoke(options);
        Evidence result = bundle ? smoke.run(model, key, data) : smoke.run(model, data);
        List<Path> files = new ArrayList<>();
        files.add(EvidenceJson.write(result, evidence, "deployment"));
        if (html != null) {
            HtmlReport.write(html, "Deployment smoke test of " + served, List.of(result));
            files.add(html);
        }
        if (junit != null) {
            JunitXml.write(junit, List.of(result));
            files.add(junit);
        }
        Verdict.print(spec.commandLine().getOut(), result, files, quiet);
        return Verdict.exitCode(result.status(), false);
    }
}
