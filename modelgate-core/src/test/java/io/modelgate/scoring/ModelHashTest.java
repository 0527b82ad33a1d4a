package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelHashTest {
    @TempDir
    Path folder;

    private final String original = read();

    private static String read() {
        try {
            return Files.readString(Fixtures.sklearn("CreditLogistic.pmml"));
        } catch (IOException exception) {
            throw new IllegalStateException(exception);
        }
    }

    private String hash(final String pmml) throws IOException {
        Path file = Files.createTempFile(folder, "model", ".pmml");
        Files.writeString(file, pmml);
        return ModelHash.of(file);
    }

    @Test
    void shouldKeepTheCanonicalFormStableAcrossReleases() throws IOException {
        Path fixtures = Path.of("src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

        // Registries and earlier evidence store these hashes: a change of the canonical form must be deliberate.
        assertThat(ModelHash.of(fixtures.resolve("CreditLogistic.pmml")))
                .isEqualTo("7dfa2f762d40dc0d6c1e3b98aa4d38f796b29fbf6be71b611f4d43b8251286da");
        assertThat(ModelHash.of(fixtures.resolve("CreditForest.pmml")))
                .isEqualTo("d0ff3c2084331d182404f5f58ddc82f30cf7a34c8f62a86d612c761460e89da4");
    }

    @Test
    void shouldIgnoreTheHeaderTimestampApplicationAndAnnotations() throws IOException {
        String changed = original.replaceFirst("<Timestamp>[^<]*</Timestamp>", "<Timestamp>1999-01-01</Timestamp>")
                .replace(
                        "version=\"1.9.0\"/>",
                        "version=\"9.9.9\"/>\n\t\t<Annotation>retrained by the nightly build</Annotation>");

        assertThat(changed).isNotEqualTo(original);
        assertThat(hash(changed)).isEqualTo(hash(original));
    }

    @Test
    void shouldIgnoreExtensionsFormattingAttributeOrderAndComments() throws IOException {
        String changed = original.replace("\t", "    ")
                .replace("\n", "\r\n  ")
                .replace("<DataDictionary>", "<DataDictionary><!-- a comment --><Extension name=\"repr\" value=\"x\"/>")
                .replace(
                        "<DataField name=\"age\" optype=\"continuous\" dataType=\"double\"/>",
                        "<DataField dataType=\"double\"   optype=\"continuous\" name=\"age\"></DataField>")
                .replace(
                        "xmlns=\"http://www.dmg.org/PMML-4_4\"",
                        "xmlns=\"http://www.dmg.org/PMML-4_4\" xmlns:x=\"urn:x\"");

        assertThat(hash(changed)).isEqualTo(hash(original));
    }

    @Test
    void shouldChangeWhenACoefficientChanges() throws IOException {
        int at = original.indexOf("coefficient=\"") + "coefficient=\"".length();
        String changed = original.substring(0, at) + "1" + original.substring(at);

        assertThat(hash(changed)).isNotEqualTo(hash(original));
    }

    @Test
    void shouldChangeWhenAnElementOrTextChanges() throws IOException {
        assertThat(hash(original.replace("<Value value=\"west\"/>", ""))).isNotEqualTo(hash(original));
        assertThat(hash(original.replace("<data:region>west</data:region>", "<data:region>south</data:region>")))
                .isNotEqualTo(hash(original));
    }

    @Test
    void shouldMatchTheHashOfTheLoadedModel() throws IOException {
        Path file = Fixtures.sklearn("CreditLogistic.pmml");

        assertThat(PmmlModel.load(file).hash()).isEqualTo(ModelHash.of(file)).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldRefuseADoctype() {
        Path file = Fixtures.path(PmmlModelTest.class, "xxe.pmml");

        assertThatThrownBy(() -> ModelHash.of(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
