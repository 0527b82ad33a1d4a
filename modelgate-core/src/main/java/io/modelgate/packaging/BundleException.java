package io.modelgate.packaging;

import java.io.IOException;

/** A bundle that cannot be trusted: hostile, incomplete, changed, or signed by another key; the message names the entry. */
public final class BundleException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and with which entry
     */
    public BundleException(final String message) {
        super(message);
    }
}
