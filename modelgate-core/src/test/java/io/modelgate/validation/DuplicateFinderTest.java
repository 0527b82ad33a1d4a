package io.modelgate.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateFinderTest {
    @ParameterizedTest
    @ValueSource(ints = {1 << 20, 1000, 7})
    void shouldFindExactlyTheRepeatsAHashMapFinds(final int buffer) {
        var random = new SplittableRandom(11);
        Map<Long, Long> first = new HashMap<>();
        List<DuplicateFinder.Duplicate> expected = new ArrayList<>();
        try (var finder = new DuplicateFinder(buffer)) {
            for (long line = 2; line < 30_002; line++) {
                long value = random.nextLong(0, 20_000);
                Long earlier = first.putIfAbsent(value, line);
                if (earlier != null) {
                    expected.add(new DuplicateFinder.Duplicate(line, earlier));
                }
                finder.add(Hashes.of(Long.toString(value)), line);
            }

            DuplicateFinder.Result result = finder.finish(5);

            assertThat(result.count()).isEqualTo(expected.size());
            assertThat(result.first()).containsExactlyElementsOf(expected.subList(0, 5));
        }
    }
}
