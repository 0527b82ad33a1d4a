package io.modelgate.server.http;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Request ids: the client's {@code X-Request-Id} when it is 1 to 64 characters of letters, digits, {@code .},
 * {@code _}, {@code :} and {@code -}; otherwise a random prefix chosen at start and a counter, unique within the
 * process and cheap enough to make for every request.
 */
final class RequestIds {
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String PREFIX = prefix();
    private static final AtomicLong NEXT = new AtomicLong();

    private RequestIds() {}

    static String of(final String header) {
        if (header != null && USABLE.matcher(header).matches()) {
            return header;
        }
        return PREFIX + Long.toHexString(NEXT.incrementAndGet());
    }

    private static String prefix() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random) + "-";
    }
}
