package io.modelgate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed, for tests. */
public record CommandRun(int exitCode, String out, String err) {
    /**
     * Runs {@code modelgate} with arguments.
     *
     * @param args the arguments
     * @return the exit code and output
     */
    public static CommandRun of(final Object... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Main.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(strings);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
