package io.modelgate.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelReferenceTest {
    @Test
    void shouldParseAliasAndVersionReferences() {
        assertThat(ModelReference.parse("models:/credit-risk@champion"))
                .contains(new ModelReference("credit-risk", "champion", null));
        assertThat(ModelReference.parse("models:/credit-risk/3.1"))
                .contains(new ModelReference("credit-risk", null, "3.1"));
        assertThat(ModelReference.parse("models:/credit-risk/3.1").orElseThrow())
                .hasToString("models:/credit-risk/3.1");
    }

    @Test
    void shouldLeaveFilePathsAlone() {
        assertThat(ModelReference.parse("models/credit-risk.pmml")).isEmpty();
        assertThat(ModelReference.isReference("/tmp/models:/x")).isFalse();
    }

    @Test
    void shouldExplainAMalformedReference() {
        assertThatThrownBy(() -> ModelReference.parse("models:/credit-risk"))
                .hasMessage("'models:/credit-risk' is not a model reference: use models:/NAME@ALIAS or"
                        + " models:/NAME/VERSION");
        assertThatThrownBy(() -> ModelReference.parse("models:/credit risk@champion"))
                .hasMessageStartingWith("'models:/credit risk@champion' is not a model reference: model 'credit risk'");
        assertThatThrownBy(() -> ModelReference.parse("models:/a/b@c")).hasMessageContaining("use models:/NAME@ALIAS");
    }
}
