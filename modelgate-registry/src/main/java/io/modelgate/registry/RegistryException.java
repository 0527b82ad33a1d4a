package io.modelgate.registry;

/** A registry operation that cannot be done: an unknown model or version, a registry that does not answer. */
public class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one sentence naming what and where
     */
    public RegistryException(final String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message one sentence naming what and where
     * @param cause the cause
     */
    public RegistryException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
