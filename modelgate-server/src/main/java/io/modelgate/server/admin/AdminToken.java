package io.modelgate.server.admin;

import io.modelgate.server.http.ApiError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The secret that guards the administration endpoints, sent as {@code Authorization: Bearer <token>}. Compared in
 * constant time (SHA-256 of both sides, then {@link MessageDigest#isEqual}). Without a token the endpoints are off.
 */
public final class AdminToken {
    /** The environment variable read when no token file is given. */
    public static final String VARIABLE = "MODELGATE_ADMIN_TOKEN";

    private static final int MINIMUM_LENGTH = 16;
    private static final String BEARER = "Bearer ";

    private final byte[] digest;

    private AdminToken(final byte[] digest) {
        this.digest = digest;
    }

    /** @return no token: the administration endpoints answer 403 */
    public static AdminToken none() {
        return new AdminToken(null);
    }

    /**
     * Creates a token.
     *
     * @param secret the token, at least 16 characters after trimming
     * @return the token
     * @throws IllegalArgumentException when the token is too short
     */
    public static AdminToken of(final String secret) {
        String trimmed = secret.strip();
        if (trimmed.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException(
                    "The admin token must have at least " + MINIMUM_LENGTH + " characters; it has " + trimmed.length());
        }
        return new AdminToken(sha256(trimmed));
    }

    /**
     * Reads a token from the first line of a file.
     *
     * @param file the file
     * @return the token
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when the token is too short
     */
    public static AdminToken read(final Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return of(end < 0 ? text : text.substring(0, end));
    }

    /** @return whether a token is set */
    public boolean isEnabled() {
        return digest != null;
    }

    /**
     * Checks a request's {@code Authorization} header.
     *
     * @param authorization the header, or {@code null}
     * @throws ApiError 403 {@code admin_disabled} without a token, 401 {@code unauthorized} for a missing or wrong one
     */
    public void check(final String authorization) {
        if (digest == null) {
            throw new ApiError(
                    403,
                    "admin_disabled",
                    "Administration over HTTP is off: start the service with --admin-token-file or " + VARIABLE);
        }
        String given = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip()
                : "";
        if (!MessageDigest.isEqual(digest, sha256(given))) {
            throw new ApiError(401, "unauthorized", "Send the admin token as 'Authorization: Bearer <token>'");
        }
    }

    private static byte[] sha256(final String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("The JDK has no SHA-256", exception);
        }
    }
}
