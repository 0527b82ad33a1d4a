package io.modelgate.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.modelgate.GeneratedDocs;
import io.modelgate.comparison.ComparisonMetric;
import io.modelgate.comparison.ComparisonMode;
import io.modelgate.comparison.ComparisonPolicy;
import io.modelgate.comparison.Direction;
import io.modelgate.comparison.GuardMetric;
import io.modelgate.comparison.MissingChampion;
import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyReaderTest {
    @TempDir
    Path folder;

    @Test
    void shouldReadTheSamplePolicy() throws IOException {
        Policy policy = PolicyReader.read(Path.of("../samples/credit-risk/modelgate.yaml"));

        assertThat(policy.model()).isEqualTo("credit-risk");
        assertThat(policy.stages().of(Stage.INTEGRATION).required(Stage.INTEGRATION))
                .containsExactly("validation", "reproducibility");
        assertThat(policy.release().approvers())
                .containsExactly("alice@example.com", "bob@example.com", "dev@example.com");
    }

    @Test
    void shouldApplyTheDefaults() throws IOException {
        Policy policy = PolicyReader.read(write("model: m\n"));

        assertThat(policy.missingEvidence()).isEqualTo("failed");
        assertThat(policy.stages().of(Stage.DELIVERY).required(Stage.DELIVERY)).containsExactly("comparison", "bundle");
        assertThat(policy.stages().of(Stage.DELIVERY).acceptWarnings()).isTrue();
        assertThat(policy.release().minApprovals()).isEqualTo(1);
        assertThat(policy.release().segregationOfDuties()).isTrue();
        assertThat(policy.release().approvers()).isEmpty();
    }

    @Test
    void shouldNameTheLineColumnAndAllowedKeysOfAnUnknownKey() throws IOException {
        Path file = write("model: m\nstages:\n  delivery:\n    requires: [comparison]\n  release:\n    require: []\n");

        assertThatThrownBy(() -> PolicyReader.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("policy.yaml:4:5:")
                .hasMessageContaining("unknown key 'requires'")
                .hasMessageContaining("acceptWarnings, require");
    }

    @Test
    void shouldRefuseAnUnknownStageAValueOfTheWrongTypeAndAMissingModel() throws IOException {
        Path stage = write("stage.yaml", "model: m\nstages:\n  training: {}\n");
        Path type = write("type.yaml", "model: m\nrelease:\n  minApprovals: many\n");
        Path missing = write("missing.yaml", "target: default\n");

        assertThatThrownBy(() -> PolicyReader.read(stage)).hasMessageContaining("unknown key 'training'");
        assertThatThrownBy(() -> PolicyReader.read(type))
                .hasMessageContaining("type.yaml:3:")
                .hasMessageContaining("minApprovals");
        assertThatThrownBy(() -> PolicyReader.read(missing)).hasMessageContaining("the policy must name the model");
    }

    @Test
    void shouldMapTheComparisonSectionToTheComparisonPolicy() throws IOException {
        Path file = write("model: m\ncomparison:\n  primaryMetric: log_loss\n  mode: non-inferiority\n"
                + "  margin: 0.01\n  alpha: 0.01\n  guards: {auc: 0.02}\n  sliceMinimumSize: 50\n"
                + "  onMissingChampion: inactive\n  resamples: 200\n  seed: 7\n");

        ComparisonPolicy policy =
                PolicyReader.read(file).comparison().settings().policy(true);

        assertThat(policy.primaryMetric()).isEqualTo(ComparisonMetric.LOG_LOSS);
        assertThat(policy.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(policy.mode()).isEqualTo(ComparisonMode.NON_INFERIORITY);
        assertThat(policy.margin()).isEqualTo(0.01);
        assertThat(policy.alpha()).isEqualTo(0.01);
        assertThat(policy.guards()).containsExactly(new GuardMetric(ComparisonMetric.AUC, 0.02));
        assertThat(policy.sliceMinimumSize()).isEqualTo(50);
        assertThat(policy.onMissingChampion()).isEqualTo(MissingChampion.INACTIVE);
        assertThat(policy.resamples()).isEqualTo(200);
        assertThat(policy.seed()).isEqualTo(7);
    }

    @Test
    void shouldKeepTheComparisonDefaultsWithoutASection() throws IOException {
        assertThat(PolicyReader.read(write("model: m\n"))
                        .comparison()
                        .settings()
                        .policy(true))
                .isEqualTo(ComparisonPolicy.of(ComparisonMetric.AUC));
    }

    @Test
    void shouldNameTheLineOfAnUnknownComparisonKey() throws IOException {
        Path file = write("model: m\ncomparison:\n  alpha: 0.05\n  minImprovement: 0.01\n");

        assertThatThrownBy(() -> PolicyReader.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("policy.yaml:4:")
                .hasMessageContaining("unknown key 'minImprovement'");
    }

    @Test
    void shouldReadTheReproducibilityRulesAndRefuseAnUnknownLevel() throws IOException {
        Path rules =
                write("rules.yaml", "model: m\nreproducibility:\n  require: identical\n  runs: 2\n  timeout: 10m\n");
        Path unknown = write("unknown.yaml", "model: m\nreproducibility:\n  require: similar\n");

        ReproducibilitySection read = PolicyReader.read(rules).reproducibility();

        assertThat(read).isEqualTo(new ReproducibilitySection("identical", null, 2, "10m"));
        assertThat(PolicyReader.read(write("none.yaml", "model: m\n")).reproducibility())
                .isEqualTo(ReproducibilitySection.NONE);
        assertThatThrownBy(() -> PolicyReader.read(unknown))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("must be identical or equivalent, not 'similar'");
    }

    @Test
    void shouldDocumentEveryKey() throws IOException {
        StringBuilder table = new StringBuilder("| key | type | default | meaning |\n| --- | --- | --- | --- |\n");
        rows(table, "", Policy.class);

        GeneratedDocs.check("docs/policy-reference.md", "keys", table.toString());
    }

    private static void rows(final StringBuilder table, final String prefix, final Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + component.getName();
            JsonPropertyDescription description = component.getAccessor().getAnnotation(JsonPropertyDescription.class);
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            String fallback = property != null && property.required() ? "(required)" : "";
            String byDefault =
                    property == null || property.defaultValue().isEmpty() ? fallback : property.defaultValue();
            assertThat(description)
                    .as("the policy key " + key + " has a description")
                    .isNotNull();
            table.append("| `")
                    .append(key)
                    .append("` | ")
                    .append(typeName(component))
                    .append(" | ")
                    .append(byDefault)
                    .append(" | ")
                    .append(description.value())
                    .append(" |\n");
            if (component.getType().isRecord()) {
                rows(table, key + ".", component.getType());
            }
        }
    }

    private static String typeName(final RecordComponent component) {
        if (component.getType() == List.class) {
            ParameterizedType generic = (ParameterizedType) component.getGenericType();
            return "list of "
                    + ((Class<?>) generic.getActualTypeArguments()[0])
                            .getSimpleName()
                            .toLowerCase();
        }
        return component.getType().isRecord()
                ? "map"
                : component.getType().getSimpleName().toLowerCase();
    }

    private Path write(final String yaml) throws IOException {
        return write("policy.yaml", yaml);
    }

    private Path write(final String name, final String yaml) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }
}
