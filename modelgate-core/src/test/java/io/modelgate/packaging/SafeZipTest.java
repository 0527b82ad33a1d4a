package io.modelgate.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class SafeZipTest {
    private static final byte[] TEXT =
            "some text that compresses a little, a little, a little\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldReadAConsistentZip() throws IOException {
        Map<String, byte[]> read = SafeZip.read(zip("a.txt", "b/c.txt"), "ok.zip");

        assertThat(read.keySet()).containsExactly("a.txt", "b/c.txt");
        assertThat(read.get("b/c.txt")).isEqualTo(TEXT);
    }

    @Test
    void shouldRefuseEveryNameThatCouldEscapeOrMislead() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("../evil.txt", "a '.' or '..' segment");
        problems.put("a/../../evil.txt", "a '.' or '..' segment");
        problems.put("./model.pmml", "a '.' or '..' segment");
        problems.put("a/./b.txt", "a '.' or '..' segment");
        problems.put("..", "a '.' or '..' segment");
        problems.put("a\\b.txt", "a backslash");
        problems.put("/etc/cron.d/evil", "an absolute path");
        problems.put("C:/evil.txt", "an absolute path");
        problems.put("model.pmml\u0000.txt", "a control character");
        problems.put("model\n.pmml", "a control character");
        problems.put("model\u0085.pmml", "a control character");
        problems.put("folder/", "a folder");
        problems.forEach((name, problem) -> assertThatThrownBy(() -> SafeZip.read(zip(name), "hostile.zip"))
                .as(name)
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("hostile.zip: refused entry name")
                .hasMessageContaining("(" + problem + ")"));
    }

    @Test
    void shouldShowAControlCharacterEscaped() {
        assertThatThrownBy(() -> SafeZip.read(zip("model\u0001.pmml"), "hostile.zip"))
                .hasMessageContaining("'model\\u0001.pmml'");
    }

    @Test
    void shouldRefuseADirectoryNameThatDiffersFromTheLocalHeader() throws IOException {
        byte[] zip = zip("a.txt", "b.txt");
        int record = record(zip, 1);
        zip[record + 46] = 'x';

        assertThatThrownBy(() -> SafeZip.read(zip, "two-faced.zip"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("the central directory names the entry x.txt where the local header names b.txt");
    }

    @Test
    void shouldRefuseADirectorySizeThatDiffersFromTheInflatedBytes() throws IOException {
        byte[] zip = zip("a.txt", "b.txt");
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int record = record(zip, 1);
        bytes.putInt(record + 24, TEXT.length + 1);

        assertThatThrownBy(() -> SafeZip.read(zip, "lying.zip"))
                .hasMessageContaining("the entry b.txt inflates to " + TEXT.length
                        + " bytes, the central directory says " + (TEXT.length + 1));
    }

    @Test
    void shouldRefuseADirectoryCrcThatDiffersFromTheInflatedBytes() throws IOException {
        byte[] zip = zip("a.txt", "b.txt");
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int record = record(zip, 0);
        bytes.putInt(record + 16, bytes.getInt(record + 16) ^ 1);

        assertThatThrownBy(() -> SafeZip.read(zip, "lying.zip"))
                .hasMessageContaining("the entry a.txt has CRC-32")
                .hasMessageContaining("the central directory says");
    }

    @Test
    void shouldRefuseADirectoryCompressedSizeThatDiffersFromTheLocalData() throws IOException {
        byte[] zip = zip("a.txt", "b.txt");
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int record = record(zip, 0);
        bytes.putInt(record + 20, bytes.getInt(record + 20) + 1);

        assertThatThrownBy(() -> SafeZip.read(zip, "lying.zip"))
                .hasMessageContaining("the entry b.txt has its local header at byte")
                .hasMessageContaining("where the entry a.txt ends by its listed sizes");
    }

    @Test
    void shouldRefuseAnEntryHiddenFromTheDirectory() throws IOException {
        byte[] zip = zip("a.txt", "hidden.txt");
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        int second = record(zip, 1);
        byte[] shortened = new byte[second + 22];
        System.arraycopy(zip, 0, shortened, 0, second);
        System.arraycopy(zip, end, shortened, second, 22);
        ByteBuffer patched = ByteBuffer.wrap(shortened).order(ByteOrder.LITTLE_ENDIAN);
        patched.putShort(second + 8, (short) 1);
        patched.putShort(second + 10, (short) 1);
        patched.putInt(second + 12, second - bytes.getInt(end + 16));

        assertThatThrownBy(() -> SafeZip.read(shortened, "hiding.zip"))
                .hasMessageContaining("the entry hidden.txt between the last listed entry and the central directory"
                        + " is not in the central directory");
    }

    @Test
    void shouldRefuseBytesAfterTheEndRecord() throws IOException {
        byte[] zip = zip("a.txt");
        byte[] longer = Arrays.copyOf(zip, zip.length + 3);

        assertThatThrownBy(() -> SafeZip.read(longer, "trailing.zip"))
                .hasMessageContaining("bytes follow the zip's end");
    }

    @Test
    void shouldRefuseAnEntryThatExpandsPastTheRatioOfItsOwnCompressedSize() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(0);
            byte[] noise = new byte[1 << 21];
            new java.util.Random(7).nextBytes(noise);
            zip.putNextEntry(new ZipEntry("noise.bin"));
            zip.write(noise);
            zip.closeEntry();
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            zip.write(new byte[1 << 22]);
            zip.closeEntry();
        }

        assertThat(bytes.size()).isGreaterThan(1 << 21);
        assertThatThrownBy(() -> SafeZip.read(bytes.toByteArray(), "bomb.zip"))
                .hasMessageContaining("the entry zeros.bin expands more than 200 times its compressed size");
    }

    private static byte[] zip(final String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of(names)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(TEXT);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** @return where the {@code index}-th central directory record begins */
    private static int record(final byte[] zip, final int index) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int at = bytes.getInt(zip.length - 22 + 16);
        for (int i = 0; i < index; i++) {
            at += 46
                    + Short.toUnsignedInt(bytes.getShort(at + 28))
                    + Short.toUnsignedInt(bytes.getShort(at + 30))
                    + Short.toUnsignedInt(bytes.getShort(at + 32));
        }
        return at;
    }
}
