package io.modelgate.cli;

/** A problem with what the user gave a command (a missing file, a flag that does not fit): exit code 2. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(final String message) {
        super(message);
    }
}
