package io.modelgate.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.report.Digests;
import io.modelgate.scoring.PmmlModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {
    private static final Path SKLEARN = Path.of("src/test/resources/fixtures/scoring/SklearnEquivalenceTest");
    private static final Path FOREST = SKLEARN.resolve("CreditForest.pmml");

    @TempDir
    Path folder;

    private KeyPair keys;

    @BeforeEach
    void generateKeys() {
        keys = Keys.generate();
    }

    @Test
    void shouldWriteTheSameBytesFromTheSameInputs() throws IOException {
        assertThat(build()).isEqualTo(build());
    }

    @Test
    void shouldWriteTheSameBytesInEveryTimeZone() throws IOException {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            byte[] utc = build();
            for (String zone : List.of("Europe/Berlin", "Asia/Tokyo", "America/Adak", "Pacific/Kiritimati")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));

                assertThat(build()).as(zone).isEqualTo(utc);
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void shouldOpenAVerifiedBundleAndScoreLikeTheModel() throws IOException {
        Path bundle = write(build());

        ModelBundle opened = ModelBundle.open(bundle, keys.getPublic());

        Map<String, Object> row =
                Map.of("age", 41, "income", 52000.0, "debt_ratio", 0.3, "employment_years", 5, "region", "north");
        assertThat(opened.name()).isEqualTo("credit-risk");
        assertThat(opened.version()).isEqualTo("3");
        assertThat(opened.manifest().path("model").path("canonicalHash").asText())
                .isEqualTo(PmmlModel.load(FOREST).hash());
        assertThat(opened.score(row).probabilities())
                .isEqualTo(PmmlModel.load(FOREST).score(row).probabilities());
        assertThat(opened.sha256()).isEqualTo(Digests.sha256(bundle));
        assertThat(opened.model().file()).isEqualTo(bundle + "!/model.pmml");
    }

    @Test
    void shouldNameEveryChangedEntry() throws IOException {
        for (String name : List.of(BundleLayout.MODEL, BundleLayout.MANIFEST, BundleLayout.CARD_MARKDOWN)) {
            Map<String, byte[]> entries = entries(build());
            entries.put(
                    name,
                    (new String(entries.get(name), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8));
            Path bundle = write(DeterministicZip.write(entries));

            assertThatThrownBy(() -> BundleVerifier.verify(bundle, keys.getPublic()))
                    .isInstanceOf(BundleException.class)
                    .hasMessageContaining("the entry " + name + " was changed after signing");
        }
    }

    @Test
    void shouldRefuseAChangedStatementAnotherKeyAndAMissingSignature() throws IOException {
        Map<String, byte[]> changed = entries(build());
        changed.put(BundleLayout.PROVENANCE, "{}".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> unsigned = entries(build());
        unsigned.remove(BundleLayout.SIGNATURE);
        Path bundle = write(build());

        assertThatThrownBy(() -> BundleVerifier.verify(write(DeterministicZip.write(changed)), keys.getPublic()))
                .hasMessageContaining("the signature does not match provenance.json");
        assertThatThrownBy(() -> BundleVerifier.verify(bundle, Keys.generate().getPublic()))
                .hasMessageContaining("signature.json names key");
        assertThatThrownBy(() -> BundleVerifier.verify(write(DeterministicZip.write(unsigned)), keys.getPublic()))
                .hasMessageContaining("the bundle is not signed");
    }

    @Test
    void shouldRefuseAnEntryThatCouldEscapeAndAnUnexpectedOne() throws IOException {
        Map<String, byte[]> slip = entries(build());
        slip.put("../../etc/cron.d/evil", new byte[] {1});
        Map<String, byte[]> extra = entries(build());
        extra.put("extra.txt", new byte[] {1});

        assertThatThrownBy(() -> BundleVerifier.verify(write(DeterministicZip.write(slip)), keys.getPublic()))
                .hasMessageContaining("refused entry name '../../etc/cron.d/evil'");
        assertThatThrownBy(() -> BundleVerifier.verify(write(DeterministicZip.write(extra)), keys.getPublic()))
                .hasMessageContaining("unexpected entry extra.txt");
    }

    @Test
    void shouldRefuseADuplicateEntry() throws IOException {
        Map<String, byte[]> entries = entries(build());
        entries.put("model.pmmX", entries.get(BundleLayout.MODEL));
        byte[] zip = DeterministicZip.write(entries);
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace("model.pmmX", "model.pmml");

        Path bundle = write(text.getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> BundleVerifier.verify(bundle, keys.getPublic()))
                .hasMessageContaining("the entry model.pmml appears twice");
    }

    @Test
    void shouldRefuseAZipBombWithoutInflatingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(BundleLayout.MODEL));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        Path bomb = write(bytes.toByteArray());

        assertThat(Files.size(bomb)).isLessThan(1 << 17);
        assertThatThrownBy(() -> BundleVerifier.verify(bomb, keys.getPublic()))
                .hasMessageContaining("model.pmml expands more than 200 times");
    }

    private byte[] build() throws IOException {
        BundleRequest request = new BundleRequest(
                FOREST,
                "credit-risk",
                "3",
                "2026-11-28T00:00:00Z",
                "abc123",
                "risk team",
                "credit default",
                "local:test",
                List.of(),
                keys.getPrivate());
        return BundleBuilder.build(request, PmmlModel.load(FOREST), keys.getPublic());
    }

    private Path write(final byte[] bytes) throws IOException {
        Path file = Files.createTempFile(folder, "bundle-", ".zip");
        Files.write(file, bytes);
        return file;
    }

    private Map<String, byte[]> entries(final byte[] zip) throws IOException {
        return new TreeMap<>(SafeZip.read(zip, "bundle.zip"));
    }
}
