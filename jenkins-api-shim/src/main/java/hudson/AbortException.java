package hudson;

import java.io.IOException;

/** Shim of jenkins-core's exception that fails a build with its message only, without a stack trace. */
public class AbortException extends IOException {
    public AbortException() {}

    public AbortException(String message) {
        super(message);
    }

    private static final long serialVersionUID = 1L;
}
