package io.modelgate.jenkins.steps;

import io.modelgate.report.Check;
import java.io.Serializable;

/**
 * One check of the evidence as it crosses the agent channel and is kept in build.xml: plain strings, so that neither
 * the channel's class filter nor the build record depends on the core's classes.
 */
public final class GateCheck implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String status;
    private final String actual;
    private final String expected;
    private final String message;

    GateCheck(final Check check) {
        this.name = check.name();
        this.status = check.status().name();
        this.actual = check.actual() == null ? "" : check.actual();
        this.expected = check.expected() == null ? "" : check.expected();
        this.message = check.message() == null ? "" : check.message();
    }

    public String getName() {
        return name;
    }

    public String getStatus() {
        return status;
    }

    public String getActual() {
        return actual;
    }

    public String getExpected() {
        return expected;
    }

    public String getMessage() {
        return message;
    }

    /** @return the line the build log shows: {@code [name] STATUS - message} */
    String line() {
        return "[" + name + "] " + status + " - " + message;
    }
}
