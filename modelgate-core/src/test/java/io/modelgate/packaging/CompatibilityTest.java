package io.modelgate.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityTest {
    private static final Path SKLEARN = Path.of("src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    @TempDir
    Path folder;

    @Test
    void shouldPassModelsWithTheSameInterface() throws IOException {
        List<Check> checks = Compatibility.compare(load("CreditForest.pmml"), load("CreditTree.pmml"), false);

        assertThat(checks).extracting(Check::status).containsExactly(GateStatus.PASSED);
    }

    @Test
    void shouldFailARemovedCategoryAndNoteAnAddedOne() throws IOException {
        PmmlModel without = variant("CreditTree.pmml", "<Value value=\"west\"/>", "");

        List<Check> removed = Compatibility.compare(without, load("CreditTree.pmml"), false);
        List<Check> added = Compatibility.compare(load("CreditTree.pmml"), without, false);

        assertThat(removed)
                .extracting(Check::name, Check::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("compatibility:input:region", GateStatus.FAILED));
        assertThat(removed.get(0).message()).contains("no longer knows [west]");
        assertThat(added).extracting(Check::status).containsExactly(GateStatus.NOTE);
    }

    @Test
    void shouldFailOtherInputsAndOutputsAndOnlyWarnWhenAllowed() throws IOException {
        List<Check> checks = Compatibility.compare(load("CreditXgboost.pmml"), load("CreditForest.pmml"), false);
        List<Check> allowed = Compatibility.compare(load("CreditXgboost.pmml"), load("CreditForest.pmml"), true);

        assertThat(checks).extracting(Check::name).contains("compatibility:input:region");
        assertThat(checks).extracting(Check::status).contains(GateStatus.FAILED);
        assertThat(allowed).extracting(Check::status).doesNotContain(GateStatus.FAILED);
    }

    @Test
    void shouldFailAModelOfAnotherKind() throws IOException {
        List<Check> checks = Compatibility.compare(load("CreditLimitTree.pmml"), load("CreditTree.pmml"), false);

        assertThat(checks).extracting(Check::name).contains("compatibility:function", "compatibility:classes");
    }

    private static PmmlModel load(final String name) throws IOException {
        return PmmlModel.load(SKLEARN.resolve(name));
    }

    private PmmlModel variant(final String name, final String from, final String to) throws IOException {
        String text = Files.readString(SKLEARN.resolve(name));
        assertThat(text).contains(from);
        Path copy = folder.resolve(name);
        Files.writeString(copy, text.replace(from, to).replaceAll("(?s)<ModelVerification.*</ModelVerification>", ""));
        return PmmlModel.load(copy);
    }
}
