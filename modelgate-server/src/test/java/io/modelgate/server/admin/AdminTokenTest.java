package io.modelgate.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.server.http.ApiError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {
    @TempDir
    Path folder;

    @Test
    void shouldAcceptOnlyTheBearerToken() throws Exception {
        Path file = folder.resolve("token");
        Files.writeString(file, "  0123456789abcdef-token \nsecond line ignored\n");
        AdminToken token = AdminToken.read(file);

        assertThat(token.isEnabled()).isTrue();
        assertThatCode(() -> token.check("Bearer 0123456789abcdef-token")).doesNotThrowAnyException();
        assertThatCode(() -> token.check("bearer 0123456789abcdef-token")).doesNotThrowAnyException();
        assertStatus(() -> token.check("Bearer 0123456789abcdef-tokem"), 401);
        assertStatus(() -> token.check("0123456789abcdef-token"), 401);
        assertStatus(() -> token.check(null), 401);
    }

    @Test
    void shouldTurnTheEndpointOffWithoutATokenAndRefuseShortOnes() {
        assertThat(AdminToken.none().isEnabled()).isFalse();
        assertStatus(() -> AdminToken.none().check("Bearer anything-at-all-here"), 403);
        assertThatThrownBy(() -> AdminToken.of("short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16 characters");
    }

    private static void assertStatus(final ThrowingCallable call, final int status) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ApiError.class, error -> assertThat(error.status()).isEqualTo(status));
    }
}
