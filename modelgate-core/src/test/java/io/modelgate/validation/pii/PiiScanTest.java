package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.report.Check;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PiiScanTest {
    @Test
    void shouldCountNonMissingValuesAndMatchesPerKind() {
        PiiScan scan = new PiiScan("contact");

        scan.accept(2, "ann@example.com");
        scan.accept(3, "");
        scan.accept(4, "  ");
        scan.accept(5, "+44 20 7946 0958");
        scan.accept(6, "bob@example.org");
        scan.accept(7, "12345");

        assertThat(scan.examined()).isEqualTo(4);
        assertThat(scan.matches(PiiKind.EMAIL)).isEqualTo(2);
        assertThat(scan.matches(PiiKind.PHONE)).isEqualTo(1);
        assertThat(scan.matches(PiiKind.PAYMENT_CARD)).isZero();
        assertThat(scan.examples(PiiKind.EMAIL))
                .containsExactly(new Check.Example(2, "a***@e***.com"), new Check.Example(6, "b***@e***.org"));
    }

    @Test
    void shouldKeepTheFirstExamplesByLineMasked() {
        PiiScan scan = new PiiScan("card", 2);

        scan.accept(10, "4111 1111 1111 1111");
        scan.accept(11, "5555 5555 5555 4444");
        scan.accept(12, "4012888888881881");
        scan.accept(5, "378282246310005");

        assertThat(scan.matches(PiiKind.PAYMENT_CARD)).isEqualTo(4);
        assertThat(scan.examples(PiiKind.PAYMENT_CARD))
                .containsExactly(new Check.Example(5, "***********0005"), new Check.Example(10, "**** **** **** 1111"));
    }

    @Test
    void shouldKeepNoExamplesWhenTheLimitIsZero() {
        PiiScan scan = new PiiScan("contact", 0);

        scan.accept(2, "ann@example.com");

        assertThat(scan.matches(PiiKind.EMAIL)).isOne();
        assertThat(scan.examples(PiiKind.EMAIL)).isEmpty();
    }

    @Test
    void shouldMergeChunksInAnyOrderIntoTheSinglePassResult() {
        List<String> values = randomColumn(new Random(7), 3_000);
        PiiScan single = new PiiScan("mixed");
        for (int i = 0; i < values.size(); i++) {
            single.accept(i + 2, values.get(i));
        }

        List<PiiScan> chunks = new ArrayList<>();
        int[] bounds = {0, 17, 900, 901, 2_500, values.size()};
        for (int c = 0; c + 1 < bounds.length; c++) {
            PiiScan chunk = new PiiScan("mixed");
            for (int i = bounds[c]; i < bounds[c + 1]; i++) {
                chunk.accept(i + 2, values.get(i));
            }
            chunks.add(chunk);
        }
        Collections.shuffle(chunks, new Random(11));
        PiiScan merged = chunks.get(0);
        chunks.subList(1, chunks.size()).forEach(merged::merge);

        assertThat(merged.examined()).isEqualTo(single.examined());
        for (PiiKind kind : PiiKind.values()) {
            assertThat(merged.matches(kind)).as(kind.label()).isEqualTo(single.matches(kind));
            assertThat(merged.examples(kind)).as(kind.label()).isEqualTo(single.examples(kind));
        }
        assertThat(merged.findings(0.01)).isEqualTo(single.findings(0.01)).hasSize(4);
    }

    @Test
    void shouldRefuseToMergeScansOfDifferentColumns() {
        assertThatThrownBy(() -> new PiiScan("a").merge(new PiiScan("b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 'b'");
    }

    @Test
    void shouldReportAKindWhenItsShareAndCountReachTheThresholds() {
        assertThat(scanWithEmails(5, 100).findings())
                .extracting(PiiFinding::kind)
                .containsExactly(PiiKind.EMAIL);
        assertThat(scanWithEmails(4, 100).findings()).isEmpty();
        assertThat(scanWithEmails(4, 100).findings(0.04)).hasSize(1);
        assertThat(scanWithEmails(2, 10).findings())
                .as("20 %, but only 2 matches")
                .isEmpty();
        assertThat(scanWithEmails(2, 10).findings(new PiiThresholds(0, 1))).hasSize(1);
        assertThat(scanWithEmails(40, 100).findings(new PiiThresholds(0.5, 1))).isEmpty();
    }

    @Test
    void shouldDescribeAFinding() {
        PiiFinding finding = scanWithEmails(5, 100).findings().get(0);

        assertThat(finding.column()).isEqualTo("contact");
        assertThat(finding.matches()).isEqualTo(5);
        assertThat(finding.examined()).isEqualTo(100);
        assertThat(finding.share()).isEqualTo(0.05);
        assertThat(finding.examples()).extracting(Check.Example::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void shouldTakeEveryValueOfANameColumnAsAName() {
        PiiScan scan = new PiiScan("last_name");
        scan.accept(2, "Smith");
        scan.accept(3, "");
        scan.accept(4, "Okafor");

        assertThat(scan.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(PiiKind.NAME);
            assertThat(finding.matches()).isEqualTo(2);
            assertThat(finding.share()).isEqualTo(1.0);
            assertThat(finding.examples()).containsExactly(new Check.Example(2, "S***"), new Check.Example(4, "O***"));
        });
        assertThat(new PiiScan("last_name").findings())
                .as("no values, nothing held")
                .isEmpty();
    }

    @Test
    void shouldRejectThresholdsOutOfRange() {
        assertThatThrownBy(() -> new PiiThresholds(1.5, 1)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new PiiThresholds(0.05, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new PiiScan("a", -1)).hasMessageContaining("negative");
    }

    private static PiiScan scanWithEmails(final int emails, final int values) {
        PiiScan scan = new PiiScan("contact");
        for (int i = 0; i < values; i++) {
            scan.accept(i + 2, i < emails ? "user" + i + "@example.com" : "note " + i);
        }
        return scan;
    }

    private static List<String> randomColumn(final Random random, final int size) {
        String[] pool = {
            "ann@example.com",
            "+44 20 7946 0958",
            "4111 1111 1111 1111",
            "DE89 3704 0044 0532 0130 00",
            "",
            "12345",
            "3.14",
            "2024-01-02",
            "free text"
        };
        List<String> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(pool[random.nextInt(pool.length)]);
        }
        return values;
    }
}
