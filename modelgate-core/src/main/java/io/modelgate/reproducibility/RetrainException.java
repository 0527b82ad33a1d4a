package io.modelgate.reproducibility;

import java.io.IOException;

/** The training command could not rebuild a model: missing, failing, timing out or writing no model. */
public final class RetrainException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and where the captured output is
     */
    public RetrainException(final String message) {
        super(message);
    }
}
