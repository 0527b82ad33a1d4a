package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Page-Hinkley and DDM against river's documented examples (the streams made by {@code make_streams.py} with
 * Python's own random module), against small cases computed by hand from the papers' formulas, and on synthetic
 * streams with a known change.
 */
class ChangeDetectorsTest {
    @Test
    void shouldSignalWhereRiversPageHinkleyExampleDoes() throws IOException {
        // river.drift.PageHinkley docstring: "Change detected at index 1006, input value: 5" (0-based index).
        double[] stream = stream("page-hinkley.txt");
        PageHinkley detector = PageHinkley.withDefaults(PageHinkley.Mode.BOTH);

        List<Integer> detections = detections(detector, stream);

        assertThat(detections).containsExactly(1006);
        assertThat(stream[1006]).isEqualTo(5);
    }

    @Test
    void shouldSignalTheIncreaseOnlyInUpMode() throws IOException {
        double[] stream = stream("page-hinkley.txt");

        assertThat(detections(PageHinkley.withDefaults(PageHinkley.Mode.UP), stream))
                .containsExactly(1006);
        assertThat(detections(PageHinkley.withDefaults(PageHinkley.Mode.DOWN), stream))
                .isEmpty();
    }

    @Test
    void shouldWarnAndSignalWhereRiversDdmExampleDoes() throws IOException {
        // river.drift.binary.DDM docstring: warning at 1084, change at 1334, warning at 1492 (0-based indexes).
        double[] stream = stream("ddm.txt");
        DriftDetectionMethod detector = DriftDetectionMethod.withDefaults();
        List<Integer> firstWarnings = new ArrayList<>();
        List<Integer> changes = new ArrayList<>();
        boolean lookForWarning = true;

        for (int i = 0; i < stream.length; i++) {
            boolean changed = detector.update(stream[i]);
            if (detector.isWarning() && lookForWarning) {
                firstWarnings.add(i);
                lookForWarning = false;
            }
            if (changed) {
                changes.add(i);
                lookForWarning = true;
            }
        }

        assertThat(firstWarnings).containsExactly(1084, 1492);
        assertThat(changes).containsExactly(1334);
    }

    @Test
    void shouldComputePageHinkleyByHand() {
        // delta 0, alpha 1: x = 0,0,0,0,10 gives running means 0,0,0,0,2 and U = 0,0,0,0,8; min U = 0, last at t=4.
        PageHinkley lenient = new PageHinkley(1, 0, 9, 1, PageHinkley.Mode.UP);
        PageHinkley strict = new PageHinkley(1, 0, 5, 1, PageHinkley.Mode.UP);
        double[] stream = {0, 0, 0, 0, 10, 10};

        assertThat(detections(strict, stream)).containsExactly(4);
        // t=6: mean 20/6, deviation 10 - 3.33 = 6.67, U = 14.67 > 9.
        assertThat(detections(lenient, new double[] {0, 0, 0, 0, 10})).isEmpty();
        PageHinkley again = new PageHinkley(1, 0, 9, 1, PageHinkley.Mode.UP);
        assertThat(detections(again, stream)).containsExactly(5);
        assertThat(again.changeStart()).isEqualTo(5);
        assertThat(again.observations()).isEqualTo(6);
    }

    @Test
    void shouldFadeTheCumulativeSum() {
        // alpha 0.5, delta 0: x = 0, 4 gives means 0, 2; U = 0, then 0.5 * 0 + (4 - 2) = 2; x = 4 again: mean 8/3,
        // U = 0.5 * 2 + 4/3 = 2.33. With alpha 1 the third U would be 2 + 4/3 = 3.33.
        PageHinkley faded = new PageHinkley(1, 0, 2.3, 0.5, PageHinkley.Mode.UP);
        PageHinkley plain = new PageHinkley(1, 0, 3.3, 1, PageHinkley.Mode.UP);

        assertThat(detections(faded, new double[] {0, 4, 4})).containsExactly(2);
        assertThat(detections(plain, new double[] {0, 4, 4})).containsExactly(2);
        assertThat(detections(new PageHinkley(1, 0, 2.4, 0.5, PageHinkley.Mode.UP), new double[] {0, 4, 4}))
                .isEmpty();
    }

    @Test
    void shouldComputeDdmByHand() {
        // Warm start 2. After 1,0,...,0 (10 values) p = 0.1, s = sqrt(0.1 * 0.9 / 10) = 0.0949 is the minimum.
        // t=11: p = 2/11 = 0.1818, s = 0.1163, p + s = 0.2981 > 0.1 + 2 * 0.0949 = 0.2897: warning.
        // t=13: p = 4/13 = 0.3077, s = 0.1280, p + s = 0.4357 > 0.1 + 3 * 0.0949 = 0.3846: change, begun at 11.
        DriftDetectionMethod detector = new DriftDetectionMethod(2, 2, 3);
        double[] stream = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1};
        List<Boolean> warnings = new ArrayList<>();
        List<Integer> changes = new ArrayList<>();

        for (int i = 0; i < stream.length; i++) {
            if (detector.update(stream[i])) {
                changes.add(i + 1);
            }
            warnings.add(detector.isWarning());
        }

        assertThat(warnings.subList(0, 10)).containsOnly(false);
        assertThat(warnings.subList(10, 12)).containsOnly(true);
        assertThat(changes).containsExactly(13);
        assertThat(detector.changeStart()).isEqualTo(11);
    }

    @Test
    void shouldFindAKnownChangeInASyntheticLossStream() {
        // With delta near a quarter of the shift, the start estimate (the last zero of Page's clipped sum) is sharp.
        SplittableRandom random = new SplittableRandom(7);
        PageHinkley detector = new PageHinkley(30, 0.1, 20, 1 - 0.0001, PageHinkley.Mode.UP);
        int change = 5_000;
        int detectedAt = -1;
        for (int i = 0; i < 10_000 && detectedAt < 0; i++) {
            double mean = i < change ? 0.4 : 0.8;
            if (detector.update(mean + 0.2 * random.nextGaussian())) {
                detectedAt = i + 1;
            }
        }

        assertThat(detectedAt).isBetween(change + 1, change + 300);
        assertThat(detector.changeStart()).isBetween((long) change - 30, (long) change + 30);
    }

    @Test
    void shouldFindAKnownRiseOfTheErrorRate() {
        SplittableRandom random = new SplittableRandom(13);
        DriftDetectionMethod detector = DriftDetectionMethod.withDefaults();
        int change = 3_000;
        List<long[]> changes = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            double rate = i < change ? 0.1 : 0.4;
            if (detector.update(random.nextDouble() < rate ? 1 : 0)) {
                changes.add(new long[] {i + 1, detector.changeStart()});
            }
        }

        // DDM also raises early false alarms right after its warm start (a lucky low p_min), a known weakness;
        // the change after row 3000 must be among its detections, dated from its warning.
        assertThat(changes).anySatisfy(found -> {
            assertThat(found[0]).isBetween((long) change + 1, (long) change + 500);
            assertThat(found[1]).isBetween((long) change - 100, found[0]);
        });
    }

    @Test
    void shouldStayQuietOnAStableErrorStreamWhenDeltaFitsItsScale() {
        // river's delta 0.005 is tiny against the spread of a 0/1 stream (sd 0.4), and its fading (alpha 0.9999)
        // pulls the sum back towards -delta / (1 - alpha), so over a long stable stream it crosses lambda by chance.
        // The monitor's settings, delta 0.05 without fading, keep it quiet.
        SplittableRandom random = new SplittableRandom(11);
        PageHinkley pageHinkley = new PageHinkley(30, 0.05, 50, 1, PageHinkley.Mode.UP);
        int alarms = 0;
        for (int i = 0; i < 50_000; i++) {
            alarms += pageHinkley.update(random.nextDouble() < 0.2 ? 1 : 0) ? 1 : 0;
        }

        assertThat(alarms).isZero();
    }

    @Test
    void shouldRejectParametersOutsideTheirDomain() {
        assertThatThrownBy(() -> new PageHinkley(0, 0.005, 50, 1, PageHinkley.Mode.UP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageHinkley(30, 0.005, 50, 1.5, PageHinkley.Mode.UP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DriftDetectionMethod(30, 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DriftDetectionMethod.withDefaults().describe())
                .isEqualTo("ddm(warmStart=30, warningThreshold=2.0, driftThreshold=3.0)");
    }

    private static List<Integer> detections(final ChangeDetector detector, final double[] stream) {
        List<Integer> detections = new ArrayList<>();
        for (int i = 0; i < stream.length; i++) {
            if (detector.update(stream[i])) {
                detections.add(i);
            }
        }
        return detections;
    }

    private static double[] stream(final String name) throws IOException {
        return Files.readAllLines(Fixtures.of(ChangeDetectorsTest.class, name)).stream()
                .mapToDouble(Double::parseDouble)
                .toArray();
    }
}
