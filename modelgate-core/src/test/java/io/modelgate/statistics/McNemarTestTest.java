package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modelgate.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class McNemarTestTest {
    @Test
    void shouldAgreeWithStatsmodelsOnBothVariants() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.of(McNemarTestTest.class, "mcnemar.tsv"));
        List<String> rows =
                lines.stream().filter(line -> !line.startsWith("#")).skip(1).toList();

        assertThat(rows).hasSize(16);
        for (String row : rows) {
            String[] field = row.split("\t");
            McNemarResult result = McNemarTest.ofCounts(Long.parseLong(field[0]), Long.parseLong(field[1]));

            assertThat(result.variant()).as(row).hasToString(field[2]);
            assertThat(result.statistic()).as(row).isCloseTo(Double.parseDouble(field[3]), within(1e-12));
            double expected = Double.parseDouble(field[4]);
            assertThat(result.pValue()).as(row).isCloseTo(expected, within(1e-12 + 1e-9 * expected));
        }
    }

    @Test
    void shouldSwitchToChiSquareAtTwentyFiveDiscordantRows() {
        assertThat(McNemarTest.ofCounts(10, 14).variant()).isEqualTo(McNemarResult.Variant.EXACT_BINOMIAL);
        assertThat(McNemarTest.ofCounts(10, 15).variant()).isEqualTo(McNemarResult.Variant.CHI_SQUARE_CORRECTED);
    }

    @Test
    void shouldCountDiscordantRowsFromPairedCorrectness() {
        boolean[] champion = {true, true, true, false, false, true, false};
        boolean[] candidate = {true, false, true, true, true, true, false};

        McNemarResult result = McNemarTest.compare(champion, candidate);

        assertThat(result.b()).isEqualTo(1);
        assertThat(result.c()).isEqualTo(2);
        assertThat(result.discordant()).isEqualTo(3);
        assertThat(result.pValue()).isEqualTo(1.0);
    }

    @Test
    void shouldBeSymmetricInChampionAndCandidate() {
        McNemarResult forward = McNemarTest.ofCounts(40, 60);
        McNemarResult backward = McNemarTest.ofCounts(60, 40);

        assertThat(backward.statistic()).isEqualTo(forward.statistic());
        assertThat(backward.pValue()).isEqualTo(forward.pValue());
    }

    @Test
    void shouldRejectUnpairedRows() {
        assertThatThrownBy(() -> McNemarTest.compare(new boolean[3], new boolean[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 champion and 2 candidate rows");
    }
}
