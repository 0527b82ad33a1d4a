package io.modelgate.data;

/**
 * The dialect of a CSV file: field delimiter and quote character. The first row is always the header.
 *
 * @param delimiter the field separator, an ASCII character other than the quote, CR or LF
 * @param quote the quote character, an ASCII character
 */
public record CsvFormat(char delimiter, char quote) {
    /** Comma-separated, double-quoted: RFC 4180. */
    public static final CsvFormat RFC_4180 = new CsvFormat(',', '"');

    /**
     * Checks the characters.
     *
     * @param delimiter the field separator
     * @param quote the quote character
     */
    public CsvFormat {
        if (delimiter > 127 || quote > 127) {
            throw new IllegalArgumentException("The delimiter and quote must be ASCII characters");
        }
        if (delimiter == quote || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("The delimiter must differ from the quote, CR and LF");
        }
    }

    /**
     * Returns this format with another delimiter.
     *
     * @param newDelimiter the field separator; {@code \t} may be written as the two characters backslash and t
     * @return the format
     */
    public CsvFormat withDelimiter(final String newDelimiter) {
        String value = "\\t".equals(newDelimiter) || "tab".equalsIgnoreCase(newDelimiter) ? "\t" : newDelimiter;
        if (value.length() != 1) {
            throw new IllegalArgumentException("The delimiter must be one character, not '" + newDelimiter + "'");
        }
        return new CsvFormat(value.charAt(0), quote);
    }
}
