package io.modelgate.server;

import static io.modelgate.server.PredictApiTest.assertRefused;
import static io.modelgate.server.ServiceFixture.fixture;
import static io.modelgate.server.ServiceFixture.holdout;
import static io.modelgate.server.ServiceFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.packaging.BundleBuilder;
import io.modelgate.packaging.BundleException;
import io.modelgate.packaging.BundleLayout;
import io.modelgate.packaging.BundleRequest;
import io.modelgate.packaging.Keys;
import io.modelgate.report.Digests;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.requestlog.RequestLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleServingTest {
    private static final String AUTHORIZATION = "Bearer " + ServiceFixture.TOKEN;
    private static final KeyPair KEYS = Keys.generate();

    @TempDir
    Path folder;

    @Test
    void shouldServeABundleUnderTheIdentityOfItsSignedManifest() throws Exception {
        Path bundle = write("credit-7.zip", bundle("CreditLogistic.pmml", "7"));
        PmmlModel model = PmmlModel.load(fixture("CreditLogistic.pmml"));

        try (ServiceFixture service = start(bundle)) {
            JsonNode description = json(service.get("/v1/models/credit"));

            assertThat(description.get("name").asText()).isEqualTo("credit");
            assertThat(description.get("version").asText()).isEqualTo("7");
            assertThat(description.get("digests").get("model").asText()).isEqualTo(model.hash());
            assertThat(description.get("digests").get("bundle").asText()).isEqualTo(Digests.sha256(bundle));
            assertThat(service.get("/metrics").body()).contains("bundle_sha256=\"" + Digests.sha256(bundle) + "\"");
            JsonNode answer = json(service.predict(Map.of("instance", holdout().get(0))));
            assertThat(answer.get("version").asText()).isEqualTo("7");
        }
    }

    @Test
    void shouldRefuseToStartWithATamperedBundleNamingTheEntry() throws Exception {
        Path bundle = write("tampered.zip", tamper(bundle("CreditLogistic.pmml", "7")));

        try (ServiceFixture service = ServiceFixture.listen(
                ServiceFixture.options(), ModelLoader.bundle(KEYS.getPublic()), bundle, RequestLog.disabled())) {
            assertThatThrownBy(() -> service.server().load())
                    .isInstanceOf(BundleException.class)
                    .hasMessageContaining("the entry model.pmml was changed after signing");
            assertThat(service.get("/health/ready").statusCode()).isEqualTo(503);
            assertThat(service.server().model()).isNull();
        }
    }

    @Test
    void shouldRefuseAReloadWithATamperedBundleAndKeepTheOldOneServing() throws Exception {
        Path bundle = write("credit.zip", bundle("CreditLogistic.pmml", "7"));
        String digest = Digests.sha256(bundle);
        try (ServiceFixture service = start(bundle)) {
            write("credit.zip", tamper(bundle("CreditTree.pmml", "8")));

            HttpResponse<String> reloaded = service.post("/admin/reload", "", "Authorization", AUTHORIZATION);

            assertRefused(reloaded, 422, "reload_failed", -1, null);
            assertThat(json(reloaded).get("message").asText())
                    .contains("version 7 keeps serving")
                    .contains("the entry model.pmml was changed after signing");
            assertThat(json(service.get("/v1/models/credit"))
                            .get("digests")
                            .get("bundle")
                            .asText())
                    .isEqualTo(digest);
            assertThat(json(service.predict(Map.of("instance", holdout().get(0))))
                            .get("version")
                            .asText())
                    .isEqualTo("7");

            write("credit.zip", bundle("CreditTree.pmml", "8"));
            HttpResponse<String> repaired = service.post("/admin/reload", "", "Authorization", AUTHORIZATION);
            assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(200);
            assertThat(json(repaired).get("version").asText()).isEqualTo("8");
        }
    }

    @Test
    void shouldRefuseABundleSignedByAnotherKey() throws Exception {
        Path bundle = write("credit.zip", bundle("CreditLogistic.pmml", "7"));

        assertThatThrownBy(() -> ModelLoader.bundle(Keys.generate().getPublic()).load(bundle))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("signature.json names key");
    }

    @Test
    void shouldPickTheLoaderByTheFileAndKeepTheSignedIdentity() throws Exception {
        Path bundle = write("credit.zip", bundle("CreditLogistic.pmml", "7"));

        assertThat(ModelLoader.forSource(bundle, "credit", "7", KEYS.getPublic())
                        .load(bundle)
                        .digests())
                .containsKeys("model", "bundle");
        assertThat(ModelLoader.forSource(fixture("CreditLogistic.pmml"), null, null, null)
                        .load(fixture("CreditLogistic.pmml"))
                        .digests())
                .containsOnlyKeys("model");
        assertThatThrownBy(() -> ModelLoader.forSource(bundle, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a bundle: give the public key");
        assertThatThrownBy(() -> ModelLoader.forSource(bundle, "credit", "8", KEYS.getPublic())
                        .load(bundle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the signed manifest names model 'credit' version '7', not 'credit' version '8'");
    }

    private ServiceFixture start(final Path bundle) throws IOException, InterruptedException {
        ServiceFixture service = ServiceFixture.listen(
                ServiceFixture.options(), ModelLoader.bundle(KEYS.getPublic()), bundle, RequestLog.disabled());
        service.server().load();
        return service;
    }

    private static byte[] bundle(final String fixture, final String version) throws IOException {
        BundleRequest request = new BundleRequest(
                fixture(fixture),
                "credit",
                version,
                "2026-11-28T00:00:00Z",
                "abc123",
                "risk team",
                "credit default",
                "local:test",
                List.of(),
                KEYS.getPrivate());
        return BundleBuilder.build(request, PmmlModel.load(fixture(fixture)), KEYS.getPublic());
    }

    /** @return the bundle with a space appended to its model entry, its signature unchanged */
    private static byte[] tamper(final byte[] bundle) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bundle));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(BundleLayout.MODEL)) {
                    content = (new String(content, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Path write(final String name, final byte[] bytes) throws IOException {
        Path partial = folder.resolve(name + ".partial");
        Files.write(partial, bytes);
        return Files.move(
                partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
