package io.modelgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FieldCacheTest {
    @Test
    void shouldReuseTheStringOfARepeatedValue() {
        var cache = new FieldCache();
        byte[] row = "xx,north,south,north".getBytes(StandardCharsets.US_ASCII);

        String first = cache.get(row, 3, 5);
        String other = cache.get(row, 9, 5);
        String again = cache.get(row, 15, 5);

        assertThat(first).isEqualTo("north");
        assertThat(other).isEqualTo("south");
        assertThat(again).isSameAs(first);
    }

    @Test
    void shouldStillGiveTheRightValuesWhenSlotsCollideOrTheCacheTurnsOff() {
        var cache = new FieldCache();
        for (int i = 0; i < 20_000; i++) {
            byte[] value = Integer.toString(i % 3 == 0 ? 7 : i).getBytes(StandardCharsets.US_ASCII);
            assertThat(cache.get(value, 0, value.length)).isEqualTo(i % 3 == 0 ? "7" : Integer.toString(i));
        }
    }
}
