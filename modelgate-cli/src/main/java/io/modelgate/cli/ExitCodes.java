package io.modelgate.cli;

/** The exit codes of every command (ARCHITECTURE.md §4). */
public final class ExitCodes {
    /** Every gate passed (warnings included unless {@code --fail-on-warning}). */
    public static final int PASSED = 0;
    /** A gate failed. */
    public static final int GATE_FAILED = 1;
    /** Usage or input error: a bad flag, an unreadable or malformed input. */
    public static final int INPUT_ERROR = 2;
    /** {@code fingerprint --exit-code} only: nothing changed since the previous fingerprint, there is nothing to do. */
    public static final int UNCHANGED = 3;

    private ExitCodes() {}
}
