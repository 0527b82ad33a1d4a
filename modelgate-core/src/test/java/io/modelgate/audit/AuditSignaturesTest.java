package io.modelgate.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSignaturesTest {
    @TempDir
    Path folder;

    @Test
    void shouldSignEveryEntryAndVerifyWithThePublicKeyFromPemFiles() throws Exception {
        KeyPair pair = pair();
        Path privatePem = pem("audit.key", "PRIVATE KEY", pair.getPrivate().getEncoded());
        Path publicPem = pem("audit.pub", "PUBLIC KEY", pair.getPublic().getEncoded());
        AuditTrail trail =
                new AuditTrail(folder.resolve("audit.jsonl")).withSigner(AuditSignatures.readPrivateKey(privatePem));

        trail.append("alice", "approve", "credit-risk@3", Map.of("stage", "release"));
        trail.append("bob", "alias", "credit-risk@champion", Map.of());

        assertThat(trail.entries()).allMatch(AuditEntry::isSigned);
        assertThat(trail.verify(AuditSignatures.readPublicKey(publicPem))).isEmpty();
    }

    @Test
    void shouldNameAnUnsignedEntryAndOneSignedByAnotherKey() throws Exception {
        KeyPair pair = pair();
        Path file = folder.resolve("audit.jsonl");
        new AuditTrail(file).withSigner(pair.getPrivate()).append("alice", "approve", "m@1", Map.of());
        new AuditTrail(file).append("bob", "approve", "m@1", Map.of());
        new AuditTrail(file).withSigner(pair().getPrivate()).append("eve", "approve", "m@1", Map.of());

        List<AuditProblem> problems = new AuditTrail(file).verify(pair.getPublic());

        assertThat(problems)
                .extracting(AuditProblem::kind)
                .containsExactly(AuditProblem.Kind.UNSIGNED, AuditProblem.Kind.BAD_SIGNATURE);
        assertThat(problems.get(0).message()).isEqualTo("entry 2 (line 2) carries no signature");
        assertThat(problems.get(1).message()).isEqualTo("entry 3 (line 3) has a signature that does not match it");
        assertThat(new AuditTrail(file).verify()).isEmpty();
    }

    @Test
    void shouldRefuseAFileThatHoldsNoKey() throws IOException {
        Path file = Files.writeString(folder.resolve("nokey.pem"), "hello");

        assertThatThrownBy(() -> AuditSignatures.readPublicKey(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("nokey.pem");
    }

    private Path pem(final String name, final String type, final byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der);
        return Files.writeString(
                folder.resolve(name), "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static KeyPair pair() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }
}
