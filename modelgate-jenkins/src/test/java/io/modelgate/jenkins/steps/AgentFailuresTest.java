package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class AgentFailuresTest {
    @Test
    void shouldReportInputProblemsByTheirMessageOnly() {
        IOException malformed = AgentFailures.plain(new DataFormatException("data.csv", 2, 3, "never closed"));
        IOException missing = AgentFailures.plain(new UncheckedIOException(new NoSuchFileException("x.csv")));
        IOException setting = AgentFailures.plain(new IllegalArgumentException("alpha must be in (0, 1)"));
        IOException unreadable = AgentFailures.plain(new IOException("x.csv: permission denied"));

        assertThat(malformed).isExactlyInstanceOf(AbortException.class).hasMessage("data.csv:2:3: never closed");
        assertThat(missing).isExactlyInstanceOf(AbortException.class).hasMessage("x.csv: no such file");
        assertThat(setting).isExactlyInstanceOf(AbortException.class).hasMessage("alpha must be in (0, 1)");
        assertThat(unreadable).isExactlyInstanceOf(AbortException.class).hasMessage("x.csv: permission denied");
        assertThat(malformed).hasNoCause();
    }

    @Test
    void shouldKeepTheClassAndStackOfABugButDropItsCause() {
        IllegalStateException bug = new IllegalStateException("scorer broke", new DataFormatException("a", 1, 1, "b"));

        IOException plain = AgentFailures.plain(bug);

        assertThat(plain)
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("java.lang.IllegalStateException: scorer broke")
                .hasNoCause();
        assertThat(plain.getStackTrace()).isEqualTo(bug.getStackTrace());
    }

    @Test
    void shouldNameAFailureWithoutAMessageByItsClass() {
        assertThat(AgentFailures.plain(new NullPointerException()))
                .hasMessage("java.lang.NullPointerException: NullPointerException");
    }
}
