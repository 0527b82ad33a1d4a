package io.modelgate.cli;

import io.modelgate.data.DataFormatException;
import io.modelgate.registry.RegistryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns input problems into one clear line on stderr and exit code 2; anything else is a bug and keeps its stack
 * trace.
 */
final class InputErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
            final Exception exception, final CommandLine commandLine, final ParseResult parseResult) throws Exception {
        String message = describe(exception);
        if (message == null) {
            throw exception;
        }
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        commandLine.getErr().flush();
        return ExitCodes.INPUT_ERROR;
    }

    private static String describe(final Throwable exception) {
        if (exception instanceof DataFormatException
                || exception instanceof InputException
                || exception instanceof RegistryException) {
            return exception.getMessage();
        }
        if (exception instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (exception instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (exception instanceof IOException) {
            return exception.getMessage();
        }
        return null;
    }
}
