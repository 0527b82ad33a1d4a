package io.modelgate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-28T07:00:00.123Z",
                "2026-11-28T07:00:00Z",
                "2024-02-29T23:59:59.9Z",
                "1969-12-31T23:59:59.999999Z",
                "2000-03-01T00:00:00.05Z",
                "2026-11-28T08:00:00.123+01:00"
            })
    void shouldReadLikeTheJdk(final String text) {
        long expected = OffsetDateTime.parse(text).toInstant().toEpochMilli();

        assertThat(Timestamps.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-11-28", "2026-02-30T00:00:00Z", "2026-11-28T24:00:00Z", "2026-11-28T07:00:00,5Z"})
    void shouldRejectWhatIsNotATimestamp(final String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(Timestamps.INVALID);
    }
}
