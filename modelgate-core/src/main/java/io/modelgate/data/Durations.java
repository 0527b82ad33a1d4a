package io.modelgate.data;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads durations as people write them on a command line or in a Jenkinsfile ({@code --timeout}, {@code --window},
 * {@code --since}): {@code 90s}, {@code 30m}, {@code 6h}, {@code 1d}, {@code 2w}, or ISO-8601 ({@code PT6H}).
 */
public final class Durations {
    private Durations() {}

    /**
     * Parses a duration.
     *
     * @param text e.g. {@code 1d}
     * @return the duration, positive
     * @throws IllegalArgumentException when the text is not a positive duration
     */
    public static Duration parse(final String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            if (value.startsWith("p")) {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } else {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                duration = switch (value.charAt(value.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    case 'd' -> Duration.ofDays(amount);
                    case 'w' -> Duration.ofDays(7 * amount);
                    default -> throw new IllegalArgumentException(message(text));
                };
            }
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException exception) {
            throw new IllegalArgumentException(message(text), exception);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(message(text));
        }
        return duration;
    }

    private static String message(final String text) {
        return "'" + text + "' is not a positive duration: write e.g. 30m, 6h, 1d, 2w or PT6H";
    }
}
