package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelScorerTest {
    @TempDir
    Path folder;

    @Test
    void shouldUseTheCompiledFormWhenItAgreesWithJpmmlAndRecordIt() throws IOException {
        PmmlModel forest = PmmlModel.load(Fixtures.sklearn("CreditForest.pmml"));

        EngineReport report = ModelScorer.select(forest, ScoringEngine.AUTO, Fixtures.holdout())
                .report();

        assertThat(report.engine()).isEqualTo("compiled");
        assertThat(report.requested()).isEqualTo(ScoringEngine.AUTO);
        assertThat(report.reason()).startsWith("compiled average of 8 trees").contains("agreed with jpmml on 300");
        assertThat(report.checkedRows()).isEqualTo(300);
        assertThat(report.maxRelativeDifference()).isLessThanOrEqualTo(1e-6);
        assertThat(report.section()).containsEntry("engine", "compiled").containsEntry("requested", "auto");
    }

    @Test
    void shouldFallBackToJpmmlOnAConstructTheCompiledFormDoesNotImplement() throws IOException {
        PmmlModel interaction = PmmlModel.load(Fixtures.path(ModelScorerTest.class, "interaction.pmml"));

        EngineReport report = ModelScorer.select(interaction, ScoringEngine.AUTO, Fixtures.holdout())
                .report();

        assertThat(report.engine()).isEqualTo("jpmml");
        assertThat(report.reason()).isEqualTo("the compiled engine does not implement predictor terms (PredictorTerm)");
        assertThatThrownBy(() -> ModelScorer.select(interaction, ScoringEngine.COMPILED, Fixtures.holdout()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("--engine compiled: the compiled engine does not implement predictor terms");
    }

    @Test
    void shouldScoreWithJpmmlWhenAskedTo() throws IOException {
        PmmlModel forest = PmmlModel.load(Fixtures.sklearn("CreditForest.pmml"));

        ModelScorer scorer = ModelScorer.select(forest, ScoringEngine.JPMML, Fixtures.holdout());

        assertThat(scorer.isCompiled()).isFalse();
        assertThat(scorer.report().reason()).isEqualTo("jpmml was asked for");
    }

    @Test
    void shouldReportADisagreementOfTheSelfCheck() throws Exception {
        PmmlModel forest = PmmlModel.load(Fixtures.sklearn("CreditForest.pmml"));
        CompiledModel tree = ModelCompiler.compile(PmmlModel.load(Fixtures.sklearn("CreditTree.pmml")));

        SelfCheck check = SelfCheck.run(forest, tree, Fixtures.holdout(), 1000);

        assertThat(check.disagreement()).startsWith("line 2: probability(0): compiled ");
        assertThat(check.compared()).isZero();
    }

    @Test
    void shouldLeaveRowsWithMissingOrUnusualValuesToJpmmlAndScoreThemAsJpmmlDoes() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.holdout()));
        lines.set(2, lines.get(2).replaceFirst("^(\\d+),([0-9.]+),", "$1,,"));
        lines.set(3, lines.get(3).replaceFirst("^(\\d+),([0-9.]+),", "$1,3.4e4,"));
        lines.set(4, lines.get(4).replaceFirst("^(\\d+),", " $1,"));
        Path holdout = folder.resolve("unusual.csv");
        Files.write(holdout, lines);
        PmmlModel xgboost = PmmlModel.load(Fixtures.sklearn("CreditXgboost.pmml"));

        HoldoutScores compiled = new HoldoutScoring(xgboost, null, "default", List.of(), 2)
                .withEngine(ScoringEngine.COMPILED)
                .score(holdout);
        HoldoutScores jpmml = new HoldoutScoring(xgboost, null, "default", List.of(), 1)
                .withEngine(ScoringEngine.JPMML)
                .score(holdout);

        EngineReport report = compiled.engines().get(0);
        assertThat(report.engine()).isEqualTo("compiled");
        assertThat(report.jpmmlRows()).isEqualTo(2);
        assertThat(report.rows()).isEqualTo(300);
        assertThat(jpmml.engines().get(0).engine()).isEqualTo("jpmml");
        for (int row = 0; row < 300; row++) {
            assertThat(compiled.candidate()[row]).as("row %d", row).isCloseTo(jpmml.candidate()[row], within(1e-12));
        }
    }

    @Test
    void shouldWriteTheSameFileWithEitherEngine() throws IOException {
        PmmlModel boosting = PmmlModel.load(Fixtures.sklearn("CreditBoosting.pmml"));
        Path compiledFile = folder.resolve("compiled.csv");
        Path jpmmlFile = folder.resolve("jpmml.csv");

        BatchResult compiled = new BatchScorer(boosting).withThreads(2).score(Fixtures.holdout(), compiledFile);
        BatchResult jpmml =
                new BatchScorer(boosting).withEngine(ScoringEngine.JPMML).score(Fixtures.holdout(), jpmmlFile);

        assertThat(compiled.engine().engine()).isEqualTo("compiled");
        assertThat(jpmml.engine().engine()).isEqualTo("jpmml");
        assertThat(Files.readAllLines(compiledFile)).isEqualTo(Files.readAllLines(jpmmlFile));
    }
}
