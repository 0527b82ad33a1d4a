package io.modelgate.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams the rows of a CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; LF, CRLF or CR
 * line ends) in constant memory. The file is UTF-8, with or without a byte order mark, and is gunzipped when its
 * name ends in {@code .gz}. The first row is the header. Blank lines are skipped. A quote inside an unquoted field
 * is taken literally, as Python's csv module does.
 *
 * <p>Every malformed input ends the read with a {@link DataFormatException} that names the file, line and column:
 * an empty file, a header without data rows, an empty or repeated column name, a row whose field count differs
 * from the header's, a quote that is never closed, a character after a closing quote, and invalid UTF-8.
 *
 * <p>The SHA-256 and size of the file as stored, and the number of data rows, are available from
 * {@link #fingerprint()} once the last row has been read.
 */
public final class CsvReader implements AutoCloseable {
    private static final int BUFFER_SIZE = 1 << 16;

    private final ByteSource source;
    private final String name;
    private final byte delimiter;
    private final byte quote;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private boolean eof;

    private byte[] scratch = new byte[256];
    private int scratchLength;

    private long line = 1;
    private long column = 1;

    private final List<String> fields = new ArrayList<>();
    private FieldCache[] caches = new FieldCache[16];
    private long recordLine;
    private final List<String> header;
    private final Row row;
    private long rows;
    private Fingerprint fingerprint;

    private CsvReader(final ByteSource source, final CsvFormat format) throws IOException {
        this.source = source;
        this.name = source.file().toString();
        this.delimiter = (byte) format.delimiter();
        this.quote = (byte) format.quote();
        skipByteOrderMark();
        if (!readRecord()) {
            throw new DataFormatException(name, 0, 0, "the file is empty: a header row is required");
        }
        this.header = List.copyOf(checkHeader(fields));
        this.row = new Row(header.size());
    }

    /**
     * Opens a CSV file with the RFC 4180 dialect and reads its header.
     *
     * @param file the file; gzip when its name ends in {@code .gz}
     * @return the reader, positioned before the first data row
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when the header is malformed
     */
    public static CsvReader open(final Path file) throws IOException {
        return open(file, CsvFormat.RFC_4180);
    }

    /**
     * Opens a CSV file and reads its header.
     *
     * @param file the file; gzip when its name ends in {@code .gz}
     * @param format the dialect
     * @return the reader, positioned before the first data row
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when the header is malformed
     */
    public static CsvReader open(final Path file, final CsvFormat format) throws IOException {
        var source = new ByteSource(file);
        try {
            return new CsvReader(source, format);
        } catch (IOException | RuntimeException exception) {
            source.close();
            throw exception;
        }
    }

    /** @return the column names, in file order */
    public List<String> header() {
        return header;
    }

    /** @return the file being read */
    public Path file() {
        return source.file();
    }

    /** @return the size of the file as stored, in bytes */
    public long size() {
        return source.size();
    }

    /** @return how many bytes of the file as stored have been read so far */
    public long consumed() {
        return source.consumed();
    }

    /** @return how many data rows have been read so far */
    public long rows() {
        return rows;
    }

    /**
     * Reads the next data row.
     *
     * @return the row (the same object on every call, refilled), or {@code null} after the last row
     * @throws DataFormatException when the row is malformed, or when the file has no data rows at all
     * @throws UncheckedIOException when the file cannot be read
     */
    public Row next() {
        try {
            while (readRecord()) {
                if (fields.size() == 1 && fields.get(0) == null) {
                    continue; // a blank line
                }
                if (fields.size() != header.size()) {
                    throw wrongFieldCount();
                }
                for (int i = 0; i < fields.size(); i++) {
                    row.set(i, fields.get(i));
                }
                row.position(recordLine, rows);
                rows++;
                return row;
            }
            if (rows == 0) {
                throw new DataFormatException(
                        name, 1, 0, "the file has a header row but no data rows: at least one row is required");
            }
            if (fingerprint == null) {
                fingerprint = new Fingerprint(name, source.finish(), source.size(), rows);
            }
            return null;
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot read " + name + ": " + exception.getMessage(), exception);
        }
    }

    /**
     * Returns the fingerprint of the file.
     *
     * @return SHA-256, size and row count
     * @throws IllegalStateException when the file has not been read to its end
     */
    public Fingerprint fingerprint() {
        if (fingerprint == null) {
            throw new IllegalStateException("The fingerprint of " + name + " is known only after its last row");
        }
        return fingerprint;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private DataFormatException wrongFieldCount() {
        return new DataFormatException(
                name,
                recordLine,
                0,
                "expected " + header.size() + " fields as in the header, found " + fields.size()
                        + " (check the delimiter and quoting of this row)");
    }

    private List<String> checkHeader(final List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String columnName = names.get(i) == null ? "" : names.get(i).strip();
            if (columnName.isEmpty()) {
                throw new DataFormatException(name, 1, 0, "column " + (i + 1) + " of the header has no name");
            }
            if (!seen.add(columnName)) {
                throw new DataFormatException(name, 1, 0, "the header names column '" + columnName + "' twice");
            }
            names.set(i, columnName);
        }
        return names;
    }

    private void skipByteOrderMark() throws IOException {
        fill(3);
        if (limit - position >= 3
                && (buffer[position] & 0xFF) == 0xEF
                && (buffer[position + 1] & 0xFF) == 0xBB
                && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
        }
    }

    /** Makes at least {@code wanted} bytes available unless the input ends first. */
    private void fill(final int wanted) throws IOException {
        if (limit - position >= wanted || eof) {
            return;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (limit < wanted && !eof) {
            int n = source.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    /**
     * Reads one record into {@link #fields}. A blank line gives a single {@code null} field.
     *
     * @return false at the end of the input
     */
    private boolean readRecord() throws IOException {
        fields.clear();
        recordLine = line;
        fill(1);
        if (position >= limit) {
            return false;
        }
        if (buffer[position] == '\n' || buffer[position] == '\r') {
            endLine();
            fields.add(null);
            return true;
        }
        while (true) {
            fill(1);
            if (position < limit && buffer[position] == quote) {
                fields.add(readQuoted());
            } else {
                fields.add(readUnquoted());
            }
            fill(1);
            if (position >= limit) {
                return true;
            }
            byte terminator = buffer[position];
            if (terminator == delimiter) {
                position++;
                column++;
                continue;
            }
            endLine();
            return true;
        }
    }

    private void endLine() throws IOException {
        if (buffer[position] == '\r') {
            position++;
            fill(1);
            if (position < limit && buffer[position] == '\n') {
                position++;
            }
        } else {
            position++;
        }
        line++;
        column = 1;
    }

    private String readUnquoted() throws IOException {
        long startColumn = column;
        boolean ascii = true;
        scratchLength = 0;
        while (true) {
            int start = position;
            int i = start;
            byte[] buf = buffer;
            int end = limit;
            while (i < end) {
                byte b = buf[i];
                if (b == delimiter || b == '\n' || b == '\r') {
                    break;
                }
                if (b < 0) {
                    ascii = false;
                }
                i++;
            }
            position = i;
            if (i < end || eof) {
                if (scratchLength == 0) {
                    return unquoted(buf, start, i - start, ascii, startColumn);
                }
                append(buf, start, i - start);
                return unquoted(scratch, 0, scratchLength, ascii, startColumn);
            }
            append(buf, start, i - start);
            fill(1);
            if (position >= limit) {
                return unquoted(scratch, 0, scratchLength, ascii, startColumn);
            }
        }
    }

    private String unquoted(
            final byte[] bytes, final int offset, final int length, final boolean ascii, final long startColumn) {
        if (ascii && length <= FieldCache.MAX_LENGTH) {
            column += length;
            return cache(fields.size()).get(bytes, offset, length);
        }
        String value = decode(bytes, offset, length, ascii, line, startColumn);
        column += ascii ? length : value.codePointCount(0, value.length());
        return value;
    }

    private FieldCache cache(final int field) {
        if (field >= caches.length) {
            caches = Arrays.copyOf(caches, Math.max(field + 1, caches.length * 2));
        }
        FieldCache cache = caches[field];
        if (cache == null) {
            cache = new FieldCache();
            caches[field] = cache;
        }
        return cache;
    }

    private String readQuoted() throws IOException {
        long openLine = line;
        long openColumn = column;
        position++;
        column++;
        scratchLength = 0;
        boolean ascii = true;
        long startLine = line;
        long startColumn = column;
        while (true) {
            fill(2);
            if (position >= limit) {
                throw new DataFormatException(
                        name, openLine, openColumn, "the quoted field that starts here is never closed");
            }
            byte b = buffer[position++];
            if (b == quote) {
                if (position < limit && buffer[position] == quote) {
                    position++;
                    appendByte(quote);
                    continue;
                }
                String value = decode(scratch, 0, scratchLength, ascii, startLine, startColumn);
                column++;
                fill(1);
                if (position < limit) {
                    byte next = buffer[position];
                    if (next != delimiter && next != '\n' && next != '\r') {
                        throw new DataFormatException(
                                name,
                                line,
                                column,
                                "unexpected character '" + (char) (next & 0xFF)
                                        + "' after the closing quote of a field (a quote inside a quoted field must"
                                        + " be doubled)");
                    }
                }
                return value;
            }
            if (b < 0) {
                ascii = false;
            }
            if (b == '\n' || (b == '\r' && (position >= limit || buffer[position] != '\n'))) {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
            appendByte(b);
        }
    }

    private void appendByte(final byte b) {
        if (scratchLength == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratch.length * 2);
        }
        scratch[scratchLength++] = b;
    }

    private void append(final byte[] source, final int offset, final int length) {
        if (scratchLength + length > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLength + length));
        }
        System.arraycopy(source, offset, scratch, scratchLength, length);
        scratchLength += length;
    }

    /**
     * Turns field bytes into a string, checking UTF-8 when the bytes are not all ASCII.
     *
     * @param startLine the line of the field's first character
     * @param startColumn the column of the field's first character
     * @return the value
     */
    private String decode(
            final byte[] bytes,
            final int offset,
            final int length,
            final boolean ascii,
            final long startLine,
            final long startColumn) {
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        Utf8.countCharacters(bytes, offset, length, (index, charsBefore) -> {
            throw invalidByte(bytes, offset, index, startLine, startColumn);
        });
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    private DataFormatException invalidByte(
            final byte[] bytes, final int offset, final int index, final long startLine, final long startColumn) {
        long errorLine = startLine;
        long errorColumn = startColumn;
        for (int i = offset; i < index; i++) {
            if (bytes[i] == '\n') {
                errorLine++;
                errorColumn = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                errorColumn++;
            }
        }
        return new DataFormatException(
                name,
                errorLine,
                errorColumn,
                "invalid UTF-8 byte 0x" + String.format("%02x", bytes[index] & 0xFF) + " (the file must be UTF-8)");
    }
}
