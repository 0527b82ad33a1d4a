package io.modelgate.cli.serving;

import io.modelgate.server.requestlog.RequestLog;
import io.modelgate.server.requestlog.RequestLogOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of {@code modelgate serve} for the request log: folder, sampling, rotation, compression. */
public final class RequestLogFlags {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--request-log",
            paramLabel = "DIR",
            description = "Write sampled requests and predictions as JSONL files into this folder (default: no log).")
    Path folder;

    @Option(
            names = "--request-log-sample",
            paramLabel = "RATE",
            defaultValue = "1.0",
            description = "Share of records logged, 0 to 1 (default ${DEFAULT-VALUE}).")
    double sampleRate;

    @Option(
            names = "--request-log-max-mb",
            paramLabel = "MB",
            defaultValue = "64",
            description = "Rotate the current file at this size (default ${DEFAULT-VALUE}).")
    long maxMegabytes;

    @Option(
            names = "--request-log-max-age",
            paramLabel = "DURATION",
            defaultValue = "PT1H",
            description = "Rotate the current file at this age, ISO-8601 (default ${DEFAULT-VALUE}).")
    Duration maxAge;

    @Option(
            names = "--request-log-keep",
            paramLabel = "N",
            defaultValue = "48",
            description = "Rotated files kept; older ones are deleted (default ${DEFAULT-VALUE}).")
    int keep;

    @Option(
            names = "--request-log-gzip",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Compress rotated files (default ${DEFAULT-VALUE}).")
    boolean gzip;

    /**
     * Starts the log the options describe.
     *
     * @return the running log, or a disabled one without {@code --request-log}
     * @throws IOException when the folder cannot be created
     */
    RequestLog start() throws IOException {
        if (folder == null) {
            return RequestLog.disabled();
        }
        try {
            return RequestLog.start(RequestLogOptions.defaults(folder)
                    .withSampleRate(sampleRate)
                    .withRotation(maxMegabytes << 20, maxAge)
                    .withRetention(gzip, keep));
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
    }
}
