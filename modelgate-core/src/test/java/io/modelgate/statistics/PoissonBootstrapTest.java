package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modelgate.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoissonBootstrapTest {
    private static final List<PoissonBootstrapMetric> CLASSIFICATION = List.of(
            PoissonBootstrapMetric.accuracy(),
            PoissonBootstrapMetric.rocAuc(),
            PoissonBootstrapMetric.logLoss(),
            PoissonBootstrapMetric.brier());

    @ParameterizedTest
    @ValueSource(strings = {"accuracy", "auc", "log_loss", "brier", "rmse", "mae"})
    void shouldWeighRowsLikeScikitLearnsSampleWeight(final String name) throws IOException {
        List<String[]> rows = rows("weighted.tsv");
        double[][] columns = new double[4][rows.size()];
        byte[] weights = new byte[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 4; c++) {
                columns[c][i] = Double.parseDouble(rows.get(i)[c]);
            }
            weights[i] = Byte.parseByte(rows.get(i)[4]);
        }
        Map<String, Double> expected = rows("weighted-expected.tsv").stream()
                .collect(Collectors.toMap(field -> field[0], field -> Double.parseDouble(field[1])));
        PoissonBootstrapMetric metric = metric(name);
        boolean regression = name.equals("rmse") || name.equals("mae");

        double value = metric.prepare(columns[regression ? 2 : 0], columns[regression ? 3 : 1])
                .value(weights);

        assertThat(metric.name()).isEqualTo(name);
        assertThat(value).isCloseTo(expected.get(name), within(1e-12));
    }

    @Test
    void shouldGiveADegenerateIntervalAtZeroForAModelAgainstItself() {
        Data data = Data.classification(5_000, 3);

        List<PoissonBootstrapResult> results =
                new PoissonBootstrap(200, 42, 2).compare(CLASSIFICATION, data.targets, data.first, data.first, 0.95);

        assertThat(results).hasSize(4).allSatisfy(result -> {
            assertThat(result.difference()).isZero();
            assertThat(result.low()).isZero();
            assertThat(result.high()).isZero();
            assertThat(result.resamples()).isEqualTo(200);
        });
    }

    @Test
    void shouldFlipTheIntervalWhenChampionAndCandidateSwap() {
        Data data = Data.classification(5_000, 4);
        PoissonBootstrap bootstrap = new PoissonBootstrap(300, 42, 2);

        List<PoissonBootstrapResult> forward =
                bootstrap.compare(CLASSIFICATION, data.targets, data.first, data.second, 0.9);
        List<PoissonBootstrapResult> backward =
                bootstrap.compare(CLASSIFICATION, data.targets, data.second, data.first, 0.9);

        for (int m = 0; m < CLASSIFICATION.size(); m++) {
            // a row's weights do not depend on which model's order reads it: the same resamples, up to the
            // rounding of sums taken in another order
            assertThat(backward.get(m).difference()).isEqualTo(-forward.get(m).difference());
            assertThat(backward.get(m).low()).isCloseTo(-forward.get(m).high(), within(1e-12));
            assertThat(backward.get(m).high()).isCloseTo(-forward.get(m).low(), within(1e-12));
            assertThat(forward.get(m).low()).isLessThan(forward.get(m).high());
        }
    }

    @Test
    void shouldShiftTheMaeDifferenceByAConstantAddedToEveryError() {
        SplittableRandom random = new SplittableRandom(5);
        int rows = 10_000;
        double[] targets = new double[rows];
        double[] champion = new double[rows];
        double[] candidate = new double[rows];
        for (int i = 0; i < rows; i++) {
            targets[i] = random.nextDouble(-100, 100);
            champion[i] = targets[i] + random.nextDouble(0, 5);
            candidate[i] = champion[i] + 0.75;
        }

        PoissonBootstrapResult result = new PoissonBootstrap(200, 1, 2)
                .compare(PoissonBootstrapMetric.mae(), targets, champion, candidate, 0.95);

        assertThat(result.difference()).isCloseTo(0.75, within(1e-9));
        assertThat(result.low()).isCloseTo(0.75, within(1e-9));
        assertThat(result.high()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void shouldGiveTheResultsOfResamplingOneByOneWhenResamplingInGroups() {
        Data data = Data.classification(10_001, 8);
        // without a ROC AUC both paths store the weights in row order, so they resample the same weights
        List<PoissonBootstrapMetric> losses = List.of(
                PoissonBootstrapMetric.accuracy(),
                PoissonBootstrapMetric.logLoss(),
                PoissonBootstrapMetric.brier(),
                PoissonBootstrapMetric.rmse());
        List<PoissonBootstrapMetric> oneByOne = losses.stream()
                .map(metric -> (PoissonBootstrapMetric) new PoissonBootstrapMetric() {
                    @Override
                    public String name() {
                        return metric.name();
                    }

                    @Override
                    public Prepared prepare(final double[] targets, final double[] predictions) {
                        Prepared prepared = metric.prepare(targets, predictions);
                        return prepared::value; // not a group metric: PoissonBootstrap resamples one by one
                    }
                })
                .toList();

        List<PoissonBootstrapResult> grouped =
                new PoissonBootstrap(75, 99, 2).compare(losses, data.targets, data.first, data.second, 0.9);

        List<PoissonBootstrapResult> single =
                new PoissonBootstrap(75, 99, 1).compare(oneByOne, data.targets, data.first, data.second, 0.9);
        for (int m = 0; m < single.size(); m++) {
            PoissonBootstrapResult expected = single.get(m);
            PoissonBootstrapResult actual = grouped.get(m);
            assertThat(actual.difference()).isEqualTo(expected.difference());
            assertThat(actual.resamples()).isEqualTo(expected.resamples());
            // mean losses as one mean of differences: equal to rounding
            assertThat(actual.low()).as(expected.metric()).isCloseTo(expected.low(), within(1e-12));
            assertThat(actual.high()).as(expected.metric()).isCloseTo(expected.high(), within(1e-12));
        }
    }

    @Test
    void shouldMatchAPlainReferenceFedTheSameWeights() {
        Data data = Data.classification(1_200, 12);
        int resamples = 133; // a full group of 128 and an odd rest of 5
        long seed = 31;

        List<PoissonBootstrapResult> results = new PoissonBootstrap(resamples, seed, 2)
                .compare(CLASSIFICATION, data.targets, data.first, data.second, 0.9);

        double[][] expected = Reference.differences(data, resamples, seed);
        for (int m = 0; m < CLASSIFICATION.size(); m++) {
            double[] sorted = expected[m].clone();
            java.util.Arrays.sort(sorted);
            PoissonBootstrapResult actual = results.get(m);
            assertThat(actual.resamples()).isEqualTo(resamples);
            assertThat(actual.low())
                    .as(actual.metric())
                    .isCloseTo(PoissonBootstrap.quantile(sorted, 0.05), within(1e-12));
            assertThat(actual.high())
                    .as(actual.metric())
                    .isCloseTo(PoissonBootstrap.quantile(sorted, 0.95), within(1e-12));
        }
    }

    @Test
    void shouldDrawPoissonOneFrequenciesRowByRow() {
        int rows = 100_000;
        long key = PoissonBootstrapWeights.key(17, 0);
        double[] weights = new double[PoissonBootstrapWeights.WIDTH];
        long[] counts = new long[PoissonBootstrapWeights.maximum() + 1];
        long draws = 0;
        for (int i = 0; i < rows; i++) {
            PoissonBootstrapWeights.row(key, i, weights);
            for (double weight : weights) {
                counts[(int) weight]++;
                draws++;
            }
        }

        double probability = Math.exp(-1);
        for (int value = 0; value <= 5; value++) {
            double standardError = Math.sqrt(probability * (1 - probability) / draws);
            assertThat((double) counts[value] / draws)
                    .as("P(X = %d)", value)
                    .isCloseTo(probability, within(5 * standardError));
            probability /= value + 1;
        }
    }

    @Test
    void shouldDrawUncorrelatedWeightsAcrossRowsAndResamples() {
        // the rows' weights one after the other: a row sharing words with the next would show up as a correlated lag
        int width = PoissonBootstrapWeights.WIDTH;
        int rows = 2_000;
        double[] stream = new double[rows * width];
        double[] row = new double[width];
        long key = PoissonBootstrapWeights.key(9, 1);
        for (int i = 0; i < rows; i++) {
            PoissonBootstrapWeights.row(key, i, row);
            System.arraycopy(row, 0, stream, i * width, width);
        }
        for (int lag = 1; lag <= 2 * width; lag++) {
            double products = 0;
            int pairs = stream.length - lag;
            for (int t = 0; t < pairs; t++) {
                products += (stream[t] - 1) * (stream[t + lag] - 1); // Poisson(1): mean 1, variance 1
            }
            assertThat(products / pairs).as("lag %d", lag).isCloseTo(0, within(5 / Math.sqrt(pairs)));
        }
    }

    @Test
    void shouldDrawEachWeightByInvertingTheCumulativeDistributionOnA32BitUniform() {
        // the reference, written from the definition: SplitMix64 words from the JDK's SplittableRandom (its
        // nextLong() is mix(seed + γ)), a 16-bit chunk per resample completed by 16 bits of the settling word,
        // and the smallest k whose cumulative probability, floored at 32 bits, exceeds the uniform
        long gamma = 0x9E3779B97F4A7C15L;
        long settle = 0xD1B54A32D192ED03L;
        long key = PoissonBootstrapWeights.key(5, 3);
        double[] weights = new double[PoissonBootstrapWeights.WIDTH];
        int open = 0;
        for (int row = 0; row < 20_000; row++) {
            PoissonBootstrapWeights.row(key, row, weights);
            for (int k = 0; k < weights.length; k++) {
                long word = new SplittableRandom(key + ((long) weights.length / 4 * row + k / 4) * gamma).nextLong();
                long chunk = word >>> (48 - 16 * (k % 4)) & 0xFFFF;
                long low = new SplittableRandom((key ^ settle) + ((long) weights.length * row + k) * gamma).nextLong()
                        >>> 48;
                long uniform = chunk << 16 | low;
                int expected = inverse(uniform);
                long top = chunk >>> 4 << 20; // the quick table's 12 bits
                open += inverse(top) != inverse(top | 0xFFFFF) ? 1 : 0;
                assertThat(weights[k]).as("row %d, resample %d", row, k).isEqualTo(expected);
            }
        }
        assertThat(open)
                .as("weights that needed the settling word")
                .isGreaterThan(3_600); // about 7/4096 of 2.56 million
    }

    private static int inverse(final long uniform) {
        double probability = Math.exp(-1);
        double cumulative = probability;
        int k = 0;
        while (k < 12 && uniform >= (long) Math.floor(cumulative * 0x1p32)) {
            k++;
            probability /= k;
            cumulative += probability;
        }
        return k;
    }

    @Test
    void shouldGiveTheSameIntervalsWhateverTheNumberOfThreads() {
        Data data = Data.classification(20_000, 6);
        Supplier<List<PoissonBootstrapResult>> single = () ->
                new PoissonBootstrap(97, 2026, 1).compare(CLASSIFICATION, data.targets, data.first, data.second, 0.95);

        List<PoissonBootstrapResult> parallel =
                new PoissonBootstrap(97, 2026, 3).compare(CLASSIFICATION, data.targets, data.first, data.second, 0.95);

        assertThat(parallel).isEqualTo(single.get());
        assertThat(new PoissonBootstrap(97, 2027, 3)
                        .compare(CLASSIFICATION, data.targets, data.first, data.second, 0.95))
                .isNotEqualTo(parallel);
    }

    @Test
    void shouldFindTheBetterModelWhenTheGainIsReal() {
        Data data = Data.classification(20_000, 8);

        PoissonBootstrapResult auc = PoissonBootstrap.of(400, 3)
                .compare(PoissonBootstrapMetric.rocAuc(), data.targets, data.first, data.second, 0.95);

        assertThat(auc.difference()).isPositive();
        assertThat(auc.low()).isPositive().isLessThan(auc.difference());
        assertThat(auc.high()).isGreaterThan(auc.difference());
        assertThat(auc.standardError()).isPositive();
    }

    @Test
    void shouldDrawPoissonOneWeights() {
        byte[] weights = new byte[1_000_000];
        PoissonBootstrapWeights.fill(new SplittableRandom(11), weights);
        long[] counts = new long[PoissonBootstrapWeights.maximum() + 1];
        double sum = 0;
        double squares = 0;
        for (byte weight : weights) {
            counts[weight]++;
            sum += weight;
            squares += weight * weight;
        }
        double mean = sum / weights.length;

        assertThat(PoissonBootstrapWeights.maximum()).isEqualTo(12);
        assertThat(mean).isCloseTo(1, within(0.005));
        assertThat(squares / weights.length - mean * mean).isCloseTo(1, within(0.01));
        assertThat(counts[0] / 1e6).isCloseTo(Math.exp(-1), within(0.002));
        assertThat(counts[2] / 1e6).isCloseTo(Math.exp(-1) / 2, within(0.002));
    }

    @Test
    void shouldInterpolateQuantilesLikeNumpy() {
        double[] sorted = {1, 2, 3, 4};

        assertThat(PoissonBootstrap.quantile(sorted, 0.25)).isEqualTo(1.75);
        assertThat(PoissonBootstrap.quantile(sorted, 0.975)).isCloseTo(3.925, within(1e-12));
        assertThat(PoissonBootstrap.quantile(new double[0], 0.5)).isNaN();
    }

    @Test
    void shouldLeaveOutResamplesWhereTheMetricIsUndefined() {
        double[] targets = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] scores = {0.9, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.05};

        PoissonBootstrapResult result =
                new PoissonBootstrap(200, 9, 1).compare(PoissonBootstrapMetric.rocAuc(), targets, scores, scores, 0.95);

        assertThat(result.resamples()).isLessThan(200).isGreaterThan(100);
        assertThat(result.low()).isZero();
    }

    private static PoissonBootstrapMetric metric(final String name) {
        return switch (name) {
            case "accuracy" -> PoissonBootstrapMetric.accuracy();
            case "auc" -> PoissonBootstrapMetric.rocAuc();
            case "log_loss" -> PoissonBootstrapMetric.logLoss();
            case "brier" -> PoissonBootstrapMetric.brier();
            case "rmse" -> PoissonBootstrapMetric.rmse();
            default -> PoissonBootstrapMetric.mae();
        };
    }

    private static List<String[]> rows(final String name) throws IOException {
        return Files.readAllLines(Fixtures.of(PoissonBootstrapTest.class, name)).stream()
                .filter(line -> !line.startsWith("#"))
                .skip(1)
                .map(line -> line.split("\t"))
                .toList();
    }

    /** The bootstrap written plainly: each resample's weights drawn row by row, each metric from scratch. */
    private static final class Reference {
        static double[][] differences(final Data data, final int resamples, final long seed) {
            int rows = data.targets.length;
            double[][] differences = new double[CLASSIFICATION.size()][resamples];
            double[] row = new double[PoissonBootstrapWeights.WIDTH];
            double[][] weights = new double[PoissonBootstrapWeights.WIDTH][rows];
            for (int start = 0; start < resamples; start += PoissonBootstrapWeights.WIDTH) {
                int count = Math.min(PoissonBootstrapWeights.WIDTH, resamples - start);
                long key = PoissonBootstrapWeights.key(seed, start / PoissonBootstrapWeights.WIDTH);
                for (int i = 0; i < rows; i++) {
                    PoissonBootstrapWeights.row(key, i, row);
                    for (int k = 0; k < count; k++) {
                        weights[k][i] = row[k];
                    }
                }
                for (int k = 0; k < count; k++) {
                    for (int m = 0; m < CLASSIFICATION.size(); m++) {
                        String name = CLASSIFICATION.get(m).name();
                        differences[m][start + k] = metric(name, data.targets, data.second, weights[k])
                                - metric(name, data.targets, data.first, weights[k]);
                    }
                }
            }
            return differences;
        }

        private static double metric(
                final String name, final double[] targets, final double[] scores, final double[] weights) {
            if (name.equals("auc")) {
                double pairs = 0;
                double wins = 0;
                for (int i = 0; i < targets.length; i++) {
                    for (int j = 0; j < targets.length; j++) {
                        if (targets[i] == 1 && targets[j] == 0) {
                            double weight = weights[i] * weights[j];
                            pairs += weight;
                            wins += scores[i] > scores[j] ? weight : scores[i] == scores[j] ? weight / 2 : 0;
                        }
                    }
                }
                return wins / pairs;
            }
            double sum = 0;
            double total = 0;
            for (int i = 0; i < targets.length; i++) {
                double y = targets[i];
                double p = Math.min(1 - 1e-15, Math.max(1e-15, scores[i]));
                double loss =
                        switch (name) {
                            case "accuracy" -> (scores[i] >= 0.5) == (y == 1) ? 1 : 0;
                            case "log_loss" -> y == 1 ? -Math.log(p) : -Math.log1p(-p);
                            default -> (scores[i] - y) * (scores[i] - y);
                        };
                sum += weights[i] * loss;
                total += weights[i];
            }
            return sum / total;
        }
    }

    /** Labels and two models' probabilities, the second a little better, with ties from rounding. */
    private record Data(double[] targets, double[] first, double[] second) {
        static Data classification(final int rows, final long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] targets = new double[rows];
            double[] first = new double[rows];
            double[] second = new double[rows];
            for (int i = 0; i < rows; i++) {
                targets[i] = random.nextDouble() < 0.4 ? 1 : 0;
                double signal = targets[i] + random.nextGaussian();
                first[i] = Math.round(1000 / (1 + Math.exp(-(signal + random.nextGaussian())))) / 1000.0;
                second[i] = Math.round(1000 / (1 + Math.exp(-(1.5 * signal + 0.5 * random.nextGaussian())))) / 1000.0;
            }
            return new Data(targets, first, second);
        }
    }
}
