package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "GB82 WEST 1234 5698 7654 32",
                "GB82WEST12345698765432",
                "DE89 3704 0044 0532 0130 00",
                "DE89370400440532013000",
                "FR14 2004 1010 0505 0001 3M02 606",
                "NL91 ABNA 0417 1643 00",
                "BE68 5390 0754 7034",
                "CH93 0076 2011 6238 5295 7",
                "NO93 8601 1117 947",
                "gb82 west 1234 5698 7654 32"
            })
    void shouldRecogniseRegistryExamples(final String value) {
        assertThat(matches(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GB83 WEST 1234 5698 7654 32",
                "DE88370400440532013000",
                "DE89370400440532013001",
                "DE8937040044053201300",
                "DE893704004405320130000",
                "XX89370400440532013000",
                "DE89  3704 0044 0532 0130 00",
                "DE89 3704 0044 0532 0130 00 ",
                "DE89-3704-0044-0532-0130-00",
                "DE00370400440532013000"
            })
    void shouldRejectWrongChecksumsLengthsCountriesAndSeparators(final String value) {
        assertThat(matches(value)).isFalse();
    }

    @Test
    void shouldAgreeWithPythonStdnumOnGeneratedIbans() {
        List<String[]> rows = Fixtures.tsv(IbanTest.class, "ibans.tsv");

        assertThat(rows).hasSizeGreaterThan(300);
        assertThat(rows)
                .allSatisfy(row -> assertThat(matches(row[0])).as(row[0]).isEqualTo(Boolean.parseBoolean(row[1])));
    }

    @Test
    void shouldKnowTheRegistryLengthsOfPythonStdnumPlusTheCountriesAddedSince() {
        Map<String, Integer> expected = new TreeMap<>();
        Fixtures.tsv(IbanTest.class, "iban-lengths.tsv").forEach(row -> expected.put(row[0], Integer.valueOf(row[1])));

        Map<String, Integer> lengths = new TreeMap<>(Iban.lengths());
        assertThat(lengths).containsAllEntriesOf(expected);
        lengths.keySet().removeAll(expected.keySet());
        assertThat(lengths)
                .containsExactlyInAnyOrderEntriesOf(Map.of("FK", 18, "MN", 20, "NI", 28, "OM", 23, "SO", 23, "YE", 30));
    }

    private static boolean matches(final String value) {
        return Iban.matches(value, 0, value.length());
    }
}
