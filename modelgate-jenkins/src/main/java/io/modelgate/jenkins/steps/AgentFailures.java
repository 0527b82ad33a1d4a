package io.modelgate.jenkins.steps;

import hudson.AbortException;
import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * Turns a failure on the agent into an exception that may cross the channel: the Jenkins controller rejects classes
 * of plain library jars (JEP-200), so a library's exception, or one that carries it as its cause, would arrive as a
 * class-filter error instead of its message. Input problems become an {@link AbortException} (the message only, the
 * build fails, like the command line's exit code 2); anything else, a bug, becomes an {@link IOException} that keeps
 * the original class name, message and stack trace but no cause.
 */
final class AgentFailures {
    private AgentFailures() {}

    /**
     * Flattens a failure.
     *
     * @param failure what the core threw
     * @return an exception made only of JDK and Jenkins classes
     */
    static IOException plain(final Exception failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (cause instanceof AbortException abort && abort.getCause() == null) {
            return abort;
        }
        if (cause instanceof NoSuchFileException missing) {
            return new AbortException(missing.getFile() + ": no such file");
        }
        if (cause instanceof IOException
                || cause instanceof DataFormatException
                || cause instanceof IllegalArgumentException) {
            return new AbortException(message(cause));
        }
        IOException bug = new IOException(cause.getClass().getName() + ": " + message(cause));
        bug.setStackTrace(cause.getStackTrace());
        return bug;
    }

    private static String message(final Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
