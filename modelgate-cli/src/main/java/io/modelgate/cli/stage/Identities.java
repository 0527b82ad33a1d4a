package io.modelgate.cli.stage;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Option;

/**
 * Who wrote the candidate and who started the build, for segregation of duties: from flags, else from the usual CI
 * variables, else (the author) from git.
 */
public final class Identities {
    @Option(
            names = "--author",
            paramLabel = "USER",
            description = "Author of the candidate's commit (default: $CHANGE_AUTHOR_EMAIL, $GIT_AUTHOR_EMAIL, or"
                    + " git log -1 --format=%%ae).")
    String author;

    @Option(
            names = "--triggered-by",
            paramLabel = "USER",
            description = "Who triggered the build (default: $BUILD_USER_ID).")
    String triggeredBy;

    /** @return the author, empty when unknown */
    public String author() {
        if (author != null) {
            return author;
        }
        for (String variable : new String[] {"CHANGE_AUTHOR_EMAIL", "GIT_AUTHOR_EMAIL", "CHANGE_AUTHOR"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return git();
    }

    /** @return who triggered the build, empty when unknown */
    public String triggeredBy() {
        if (triggeredBy != null) {
            return triggeredBy;
        }
        String value = System.getenv("BUILD_USER_ID");
        return value == null ? "" : value;
    }

    private static String git() {
        try {
            Process process = new ProcessBuilder("git", "log", "-1", "--format=%ae").start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.getErrorStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
        } catch (java.io.IOException exception) {
            return "";
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
