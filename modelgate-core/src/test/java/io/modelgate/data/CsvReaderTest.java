package io.modelgate.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path folder;

    @Test
    void shouldReadQuotedFieldsDoubledQuotesAndLineBreaksInsideQuotes() throws IOException {
        Path file = write("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n");

        List<String[]> rows = readAll(file);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("1", "x, y", "say \"hi\"");
        assertThat(rows.get(1)).containsExactly("2", "two\nlines", "");
    }

    @Test
    void shouldTellTheLineEachRowStartsOn() throws IOException {
        Path file = write("a,b\n1,\"multi\nline\"\n\n3,x\n");

        try (CsvReader reader = CsvReader.open(file)) {
            assertThat(reader.next().line()).isEqualTo(2);
            assertThat(reader.next().line()).isEqualTo(5);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void shouldAcceptCrLfAndCrLineEndsAByteOrderMarkAndNoFinalNewline() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = folder.resolve("bom.csv");
        Files.write(file, concat(bom, "name,city\r\nZoë,Zürich\r1,2".getBytes(StandardCharsets.UTF_8)));

        try (CsvReader reader = CsvReader.open(file)) {
            assertThat(reader.header()).containsExactly("name", "city");
            assertThat(reader.next().values()).containsExactly("Zoë", "Zürich");
            assertThat(reader.next().values()).containsExactly("1", "2");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void shouldReadOtherDelimiters() throws IOException {
        Path file = write("a;b\n1,5;2\n");

        try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC_4180.withDelimiter(";"))) {
            assertThat(reader.next().values()).containsExactly("1,5", "2");
        }
    }

    @Test
    void shouldReadGzipAndFingerprintTheBytesAsStored() throws Exception {
        Path file = folder.resolve("data.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8));
        }

        try (CsvReader reader = CsvReader.open(file)) {
            while (reader.next() != null) {
                // read to the end
            }
            Fingerprint fingerprint = reader.fingerprint();

            assertThat(fingerprint.rows()).isEqualTo(2);
            assertThat(fingerprint.bytes()).isEqualTo(Files.size(file));
            assertThat(fingerprint.sha256()).isEqualTo(sha256(Files.readAllBytes(file)));
        }
    }

    @Test
    void shouldReadFieldsLongerThanItsBuffer() throws IOException {
        String longValue = "x".repeat(200_000);
        Path file = write("a,b\n" + longValue + ",\"" + longValue + "\"\n");

        List<String[]> rows = readAll(file);

        assertThat(rows.get(0)[0]).hasSize(200_000);
        assertThat(rows.get(0)[1]).isEqualTo(longValue);
    }

    @Test
    void shouldNameLineOfARowWithTheWrongFieldCount() throws IOException {
        Path file = write("a,b,c\n1,2,3\n4,5\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ":3: expected 3 fields as in the header, found 2 (check the delimiter and quoting of"
                        + " this row)");
    }

    @Test
    void shouldNameWhereAnUnclosedQuoteOpens() throws IOException {
        Path file = write("a,b\n1,2\n3,\"open\n4,5\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ":3:3: the quoted field that starts here is never closed")
                .extracting("line", "column")
                .containsExactly(3L, 3L);
    }

    @Test
    void shouldRejectTextAfterAClosingQuote() throws IOException {
        Path file = write("a,b\n1,\"x\"y\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file + ":2:6: unexpected character 'y' after the closing quote");
    }

    @Test
    void shouldNameLineAndColumnOfInvalidUtf8() throws IOException {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, concat("a,b\nok,caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '\n'}));

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ":2:7: invalid UTF-8 byte 0xe9 (the file must be UTF-8)");
    }

    @Test
    void shouldRejectAnEmptyFileAndAHeaderWithoutRows() throws IOException {
        Path empty = write("");
        Path headerOnly = folder.resolve("header.csv");
        Files.writeString(headerOnly, "a,b\n");

        assertThatThrownBy(() -> readAll(empty))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(empty + ": the file is empty: a header row is required");
        assertThatThrownBy(() -> readAll(headerOnly))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(
                        headerOnly + ":1: the file has a header row but no data rows: at least one row is required");
    }

    @Test
    void shouldRejectRepeatedAndEmptyColumnNames() throws IOException {
        Path repeated = write("a,b,a\n1,2,3\n");
        Path unnamed = folder.resolve("unnamed.csv");
        Files.writeString(unnamed, "a,,c\n1,2,3\n");

        assertThatThrownBy(() -> readAll(repeated)).hasMessage(repeated + ":1: the header names column 'a' twice");
        assertThatThrownBy(() -> readAll(unnamed)).hasMessage(unnamed + ":1: column 2 of the header has no name");
    }

    @Test
    void shouldRefuseAFingerprintBeforeTheEnd() throws IOException {
        Path file = write("a\n1\n2\n");

        try (CsvReader reader = CsvReader.open(file)) {
            reader.next();
            assertThatThrownBy(reader::fingerprint).isInstanceOf(IllegalStateException.class);
        }
    }

    private Path write(final String content) throws IOException {
        Path file = Files.createTempFile(folder, "data", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String[]> readAll(final Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(file)) {
            Row row;
            while ((row = reader.next()) != null) {
                rows.add(row.values());
            }
        }
        return rows;
    }

    private static byte[] concat(final byte[] first, final byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static String sha256(final byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
