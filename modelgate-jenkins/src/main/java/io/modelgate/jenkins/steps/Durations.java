package io.modelgate.jenkins.steps;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads durations as people write them in a Jenkinsfile: {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d} or ISO {@code PT10M}. */
final class Durations {
    private Durations() {}

    /**
     * Parses a duration.
     *
     * @param text the duration as written
     * @return the duration
     * @throws IllegalArgumentException saying how to write one
     */
    static Duration parse(final String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("pt")) {
                return Duration.parse(text.strip());
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException(text);
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException exception) {
            throw new IllegalArgumentException(
                    "timeout: '" + text + "' is not a duration; write e.g. 90s, 10m, 2h or PT10M");
        }
    }
}
