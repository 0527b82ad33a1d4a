package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScorerTest {
    @TempDir
    Path folder;

    /** A larger input than one block, made by repeating the holdout rows in a fixed random order. */
    private Path manyRows(final int rows) throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.holdout());
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        Random random = new Random(42);
        for (int i = 0; i < rows; i++) {
            out.add(lines.get(1 + random.nextInt(lines.size() - 1)));
        }
        Path file = folder.resolve("many.csv");
        Files.write(file, out);
        return file;
    }

    @Test
    void shouldWriteThePredictionsOfTheModel() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn("CreditForest.pmml"));
        Path output = folder.resolve("out/scores.csv");

        BatchResult result =
                new BatchScorer(model).withColumns(List.of("age", "default")).score(Fixtures.holdout(), output);

        assertThat(result.rows()).isEqualTo(300);
        assertThat(result.columns())
                .containsExactly("age", "default", "prediction", "probability(0)", "probability(1)");
        assertThat(result.ignoredColumns()).containsExactly("default", "grade", "credit_limit");
        assertThat(result.input().rows()).isEqualTo(300);
        List<Map<String, String>> written = Fixtures.read(output);
        List<Map<String, String>> expected = Fixtures.read(Fixtures.sklearn("CreditForest-expected.csv"));
        for (int i = 0; i < written.size(); i++) {
            assertThat(written.get(i).get("prediction"))
                    .isEqualTo(expected.get(i).get("default"));
            double want = Double.parseDouble(expected.get(i).get("probability(1)"));
            assertThat(Fixtures.isClose(want, Double.parseDouble(written.get(i).get("probability(1)"))))
                    .isTrue();
        }
        try (var files = Files.list(output.getParent())) {
            assertThat(files).containsExactly(output);
        }
    }

    @Test
    void shouldWriteTheSameFileOnSeveralThreadsAsOnOne() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn("CreditBoosting.pmml"));
        Path input = manyRows(5000);

        new BatchScorer(model).withColumns(List.of("age", "region")).score(input, folder.resolve("one.csv"));
        BatchResult result = new BatchScorer(model)
                .withColumns(List.of("age", "region"))
                .withThreads(3)
                .score(input, folder.resolve("three.csv"));

        assertThat(result.rows()).isEqualTo(5000);
        assertThat(Files.readAllLines(folder.resolve("three.csv")))
                .hasSize(5001)
                .isEqualTo(Files.readAllLines(folder.resolve("one.csv")));
    }

    @Test
    void shouldWriteRegressionValues() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn("CreditLimitTree.pmml"));
        Path output = folder.resolve("limits.csv");

        BatchResult result = new BatchScorer(model).withThreads(2).score(Fixtures.holdout(), output);

        assertThat(result.columns()).containsExactly("prediction");
        List<Map<String, String>> expected = Fixtures.read(Fixtures.sklearn("CreditLimitTree-expected.csv"));
        assertThat(Fixtures.read(output))
                .extracting(row -> Double.parseDouble(row.get("prediction")))
                .containsExactlyElementsOf(expected.stream()
                        .map(row -> Double.parseDouble(row.get("credit_limit")))
                        .toList());
    }

    @Test
    void shouldNameTheLineOfARowTheModelRefuses() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn("CreditLogistic.pmml"));
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.holdout()));
        lines.set(251, lines.get(251).replaceFirst("^\\d+", "old"));
        Path input = folder.resolve("bad.csv");
        Files.write(input, lines);
        Path output = folder.resolve("bad-scores.csv");

        assertThatThrownBy(() -> new BatchScorer(model).withThreads(2).score(input, output))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(input + ":252: ")
                .hasMessageContaining("age")
                .hasMessageContaining("old");
        assertThat(output).doesNotExist();
    }

    @Test
    void shouldNameAMissingInputColumn() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn("CreditTree.pmml"));
        List<String> lines = Files.readAllLines(Fixtures.holdout());
        Path input = folder.resolve("no-income.csv");
        Files.write(
                input,
                lines.stream()
                        .map(line -> line.replaceFirst("^([^,]*),[^,]*,", "$1,"))
                        .toList());

        assertThatThrownBy(() -> new BatchScorer(model).score(input, folder.resolve("x.csv")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("income")
                .hasMessageNotContaining("debt_ratio");
    }

    @Test
    void shouldWarmUpOnTheFirstRows() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn("CreditTree.pmml"));

        assertThat(BatchScorer.warmUp(model, Fixtures.holdout(), 100)).isEqualTo(100);
        assertThat(BatchScorer.warmUp(model, Fixtures.holdout(), 1000)).isEqualTo(300);
    }

    @Test
    void shouldRefuseZeroThreads() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.path(PmmlModelTest.class, "linear.pmml"));

        assertThatThrownBy(() -> new BatchScorer(model).withThreads(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
