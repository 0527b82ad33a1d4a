package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    @Test
    void shouldNeverReadAsPassedWhenNothingWasEvaluated() {
        Check skipped = Check.of("champion", GateStatus.INACTIVE, "no champion", "a champion", "No champion.");
        Check passed = Check.of("rows", GateStatus.PASSED, "10", "1", "Ten rows.");
        Check note = Check.of("unexpected:x", GateStatus.NOTE, "x", "none", "Column x.");

        assertThat(Evidence.worstOf(List.of(skipped))).isEqualTo(GateStatus.INACTIVE);
        assertThat(Evidence.worstOf(List.of(skipped, passed))).isEqualTo(GateStatus.PASSED);
        assertThat(Evidence.worstOf(List.of(skipped, passed, note))).isEqualTo(GateStatus.NOTE);
        assertThat(Evidence.worstOf(List.of())).isEqualTo(GateStatus.PASSED);
    }
}
