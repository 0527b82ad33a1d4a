package io.modelgate.cli.serving;

import io.modelgate.cli.ExitCodes;
import io.modelgate.packaging.Keys;
import io.modelgate.server.ScoringServer;
import io.modelgate.server.ServerOptions;
import io.modelgate.server.SignalReload;
import io.modelgate.server.admin.AdminToken;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.model.ServedModel;
import io.modelgate.server.requestlog.RequestLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code modelgate serve}: the real-time scoring service over HTTP, until the process is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves a PMML model or a signed bundle (.zip, verified with --public-key) over HTTP/JSON: POST /v1/models/{name}:predict, GET /v1/models/{name},"
                    + " /health/live, /health/ready, /metrics (Prometheus) and POST /admin/reload. Loads and warms"
                    + " up the model before /health/ready answers 200; reloads on SIGHUP or /admin/reload without"
                    + " dropping a request (a broken model keeps the old one serving); drains requests in flight on"
                    + " SIGTERM/SIGINT. See docs/serving.md.",
            "Exit codes: 0 stopped, 2 usage or input error (an unreadable, unservable or untrustworthy model, a port"
                    + " in use)."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--model",
            required = true,
            paramLabel = "PMML|BUNDLE",
            description = "The PMML model or the signed bundle (.zip) to serve.")
    Path model;

    @Option(
            names = "--public-key",
            paramLabel = "FILE",
            description = "The public key (PEM) a bundle must be signed with; required for a bundle, whose signature,"
                    + " entries and digests are verified at start and on every reload.")
    Path publicKey;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "Its name in the URLs (default: the file name; a bundle's must equal its manifest's).")
    String name;

    @Option(
            names = "--model-version",
            paramLabel = "VERSION",
            description = "Its version (default: the first 12 hex digits of its canonical hash; a bundle's must equal"
                    + " its manifest's).")
    String version;

    @Mixin
    ServerFlags server;

    @Mixin
    RequestLogFlags requestLog;

    @Option(
            names = "--admin-token-file",
            paramLabel = "FILE",
            description = "Token for POST /admin/reload (default: the environment variable " + AdminToken.VARIABLE
                    + "; without either the endpoint is off).")
    Path adminTokenFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ModelLoader loader = loader();
        ServerOptions options = server.options();
        AdminToken token = token();
        RequestLog log = requestLog.start();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScoringServer service;
        try {
            service = ScoringServer.listen(options, loader, model, token, log);
        } catch (IllegalStateException bindFailed) {
            log.close();
            err.println("modelgate serve: " + bindFailed.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        ServedModel served;
        try {
            served = service.load();
        } catch (IllegalArgumentException exception) {
            service.stop(Duration.ZERO);
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        } catch (IOException | RuntimeException exception) {
            service.stop(Duration.ZERO);
            throw exception;
        }
        out.printf(
                "[serve] %s version %s (model sha256 %s%s) ready on http://%s:%d/v1/models/%s:predict%n",
                served.name(),
                served.version(),
                served.digests().getOrDefault("model", "?"),
                served.digests().containsKey("bundle")
                        ? ", bundle sha256 " + served.digests().get("bundle")
                        : "",
                options.host(),
                service.port(),
                served.name());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        boolean hangUp = SignalReload.install(() -> reload(service, out, err));
        if (!hangUp) {
            err.println("[serve] SIGHUP is not available on this JVM; reload with POST /admin/reload");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drain(service, options, out, stopped), "modelgate-stop"));
        stopped.await();
        return ExitCodes.PASSED;
    }

    private ModelLoader loader() throws IOException {
        if (publicKey != null && !ModelLoader.isBundle(model)) {
            throw new ParameterException(
                    spec.commandLine(), "--public-key verifies a bundle (.zip); " + model + " is a PMML file");
        }
        try {
            return ModelLoader.forSource(model, name, version, publicKey == null ? null : Keys.readPublic(publicKey));
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
    }

    private AdminToken token() throws IOException {
        try {
            if (adminTokenFile != null) {
                return AdminToken.read(adminTokenFile);
            }
            String variable = System.getenv(AdminToken.VARIABLE);
            return variable == null || variable.isBlank() ? AdminToken.none() : AdminToken.of(variable);
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
    }

    private static void reload(final ScoringServer service, final PrintWriter out, final PrintWriter err) {
        try {
            ServedModel now = service.reload();
            out.println("[serve] SIGHUP: reloaded " + now.name() + " version " + now.version());
            out.flush();
        } catch (IOException | RuntimeException exception) {
            err.println("[serve] SIGHUP: reload failed, the old model keeps serving: " + exception.getMessage());
            err.flush();
        }
    }

    private static void drain(
            final ScoringServer service,
            final ServerOptions options,
            final PrintWriter out,
            final CountDownLatch done) {
        try {
            boolean drained = service.stop(options.drain());
            out.println("[serve] stopped" + (drained ? "; every request in flight was answered" : "; drain timed out"));
            out.flush();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }
}
