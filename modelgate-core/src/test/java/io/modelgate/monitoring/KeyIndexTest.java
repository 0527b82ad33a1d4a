package io.modelgate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyIndexTest {
    @Test
    void shouldNumberKeysLikeAHashMap() {
        KeyIndex index = new KeyIndex();
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);

        for (int i = 0; i < 50_000; i++) {
            String key = "k" + random.nextInt(30_000);
            int added = index.add(key);
            Integer known = expected.putIfAbsent(key, expected.size());
            assertThat(added).isEqualTo(known == null ? expected.get(key) : -known - 1);
        }

        assertThat(index.size()).isEqualTo(expected.size());
        expected.forEach((key, number) -> {
            assertThat(index.find(key)).isEqualTo(number);
            assertThat(index.key(number)).isEqualTo(key);
        });
        assertThat(index.find("absent")).isEqualTo(-1);
    }
}
