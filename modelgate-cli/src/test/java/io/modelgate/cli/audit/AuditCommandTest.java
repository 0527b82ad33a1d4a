package io.modelgate.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.audit.AuditTrail;
import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    @TempDir
    Path folder;

    @Test
    void shouldNameAnEditedEntryAndFail() throws IOException {
        Path file = trail(3);
        List<String> lines = Files.readAllLines(file);
        lines.set(1, lines.get(1).replace("\"actor\":\"alice\"", "\"actor\":\"mallory\""));
        Files.write(file, lines);

        CommandRun run = CommandRun.of("audit", "verify", "--trail", file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("[audit:edited] FAILED - " + file + ": entry 2 (line 2) was edited")
                .contains("[audit] FAILED - 3 entries in " + file + ", chain broken");
    }

    @Test
    void shouldPassATornLastLineWithANote() throws IOException {
        Path file = trail(2);
        Files.writeString(file, "{\"seq\":3,", java.nio.file.StandardOpenOption.APPEND);

        CommandRun run = CommandRun.of("audit", "verify", "--trail", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("[audit:torn] NOTE - ").contains("[audit] PASSED - 2 entries");
    }

    @Test
    void shouldSignRegistryChangesAndRequireSignaturesWithAPublicKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path privateKey = pem("audit.key", "PRIVATE KEY", pair.getPrivate().getEncoded());
        Path publicKey = pem("audit.pub", "PUBLIC KEY", pair.getPublic().getEncoded());
        String registry = folder.resolve("registry.db").toString();
        Path pmml = Path.of("../modelgate-core/src/test/resources/fixtures/scoring/PmmlModelTest/linear.pmml");

        CommandRun signed = CommandRun.of(
                "registry",
                "register",
                "--name",
                "m",
                "--version",
                "1",
                "--file",
                pmml,
                "--signing-key",
                privateKey,
                "--registry",
                registry);
        CommandRun verified = CommandRun.of("audit", "verify", "--registry", registry, "--public-key", publicKey);
        CommandRun unsigned = CommandRun.of(
                "registry", "register", "--name", "m", "--version", "2", "--file", pmml, "--registry", registry);
        CommandRun refused = CommandRun.of("audit", "verify", "--registry", registry, "--public-key", publicKey);

        assertThat(signed.exitCode()).as(signed.err()).isZero();
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(unsigned.exitCode()).isZero();
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out())
                .contains("[audit:unsigned] FAILED - ")
                .contains("entry 2 (line 2) carries no signature");
    }

    @Test
    void shouldRefuseAMissingTrail() {
        CommandRun run = CommandRun.of("audit", "verify", "--trail", folder.resolve("none.jsonl"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.jsonl: no such file");
    }

    private Path trail(final int entries) throws IOException {
        AuditTrail trail = new AuditTrail(folder.resolve("audit.jsonl"));
        for (int i = 0; i < entries; i++) {
            trail.append(i == 1 ? "alice" : "bob", "approve", "credit-risk@1", Map.of("stage", "release"));
        }
        return trail.file();
    }

    private Path pem(final String name, final String type, final byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return Files.writeString(
                folder.resolve(name), "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }
}
