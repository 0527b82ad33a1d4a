package io.modelgate.scoring;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Computes the canonical hash of a PMML model: SHA-256 over a canonical form of the document that keeps what the
 * evaluator reads and drops what converters vary. Dropped: the {@code Timestamp}, {@code Application} and
 * {@code Annotation} children of {@code Header}, every {@code Extension} element (tool-specific, ignored by the
 * evaluator), comments, processing instructions, namespace prefixes and declarations, attribute order, whitespace
 * between elements, and runs of whitespace inside text (trimmed and collapsed to one space). Kept: every other
 * element by namespace and local name in document order, every attribute by namespace, name and exact value, and
 * text. Numbers are compared as written: {@code 1.0} and {@code 1.00} hash differently.
 *
 * <p>The form is a sequence of tagged, length-prefixed UTF-8 tokens, so no two different documents share one. The
 * reader refuses DTDs and entities (see {@link SafeXml}). A file that fits in memory is first read by the
 * {@linkplain CanonicalScanner byte-level scanner}, which writes the same tokens at close to the speed of
 * {@code sha256sum} and leaves every document outside its subset of XML to the StAX reader.
 */
public final class ModelHash {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ModelHash() {}

    /**
     * Hashes a PMML file.
     *
     * @param file the PMML file
     * @return the SHA-256 of the canonical form, 64 lowercase hex digits
     * @throws IOException when the file cannot be read
     * @throws io.modelgate.data.DataFormatException when the file is not well-formed XML or declares a DOCTYPE
     */
    public static String of(final Path file) throws IOException {
        if (Files.size(file) <= inMemoryLimit()) {
            return of(Files.readAllBytes(file), file.toString());
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return stax(in, file.toString());
        }
    }

    /**
     * Hashes a PMML document held in memory: with the {@linkplain CanonicalScanner byte-level scanner} when the
     * document is within its subset of XML, else with the StAX reader; both give the same hash.
     *
     * @param pmml the document's bytes
     * @param name the name used in error messages
     * @return the SHA-256 of the canonical form, 64 lowercase hex digits
     */
    static String of(final byte[] pmml, final String name) {
        String hash = fast(pmml);
        return hash != null ? hash : stax(new ByteArrayInputStream(pmml), name);
    }

    /**
     * Hashes with the byte-level scanner only.
     *
     * @param pmml the document's bytes
     * @return the hash, or {@code null} when the document is outside the scanner's subset of XML
     */
    static String fast(final byte[] pmml) {
        Tokens tokens = new Tokens(sha256());
        return CanonicalScanner.write(pmml, tokens) ? HexFormat.of().formatHex(tokens.digest()) : null;
    }

    /**
     * Hashes a PMML document read from a stream (e.g. an entry of a bundle) with the StAX reader, in constant
     * memory; the same hash as {@link #of(Path)}, which is several times faster on files.
     *
     * @param pmml the document, read to its end and not closed
     * @param name the name used in error messages
     * @return the SHA-256 of the canonical form, 64 lowercase hex digits
     * @throws io.modelgate.data.DataFormatException when the document is not well-formed XML or declares a DOCTYPE
     */
    public static String of(final InputStream pmml, final String name) {
        return stax(pmml, name);
    }

    static String stax(final InputStream pmml, final String name) {
        Tokens digest = new Tokens(sha256());
        try {
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(pmml);
            try {
                canonicalize(reader, name, digest);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException exception) {
            throw SafeXml.malformed(name, exception);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Files up to a quarter of the heap (at most 1 GiB) are read whole for the fast scanner; larger ones stream. */
    private static long inMemoryLimit() {
        return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
    }

    private static void canonicalize(final XMLStreamReader reader, final String name, final Tokens digest)
            throws XMLStreamException {
        List<String> path = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int skipping = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw SafeXml.doctypeRefused(name, reader.getLocation());
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (skipping > 0 || isIgnored(path, reader.getLocalName())) {
                    skipping++;
                    continue;
                }
                flushText(text, digest);
                path.add(reader.getLocalName());
                digest.element(reader.getNamespaceURI(), reader.getLocalName());
                attributes(reader, digest);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (skipping > 0) {
                    skipping--;
                    continue;
                }
                flushText(text, digest);
                path.remove(path.size() - 1);
                digest.token('e', "");
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && skipping == 0) {
                text.append(reader.getText());
            }
        }
    }

    static boolean isIgnored(final List<String> path, final String localName) {
        if ("Extension".equals(localName)) {
            return true;
        }
        boolean inHeader = path.size() == 2 && "Header".equals(path.get(1));
        return inHeader
                && ("Timestamp".equals(localName) || "Application".equals(localName) || "Annotation".equals(localName));
    }

    private static void attributes(final XMLStreamReader reader, final Tokens digest) {
        int count = reader.getAttributeCount();
        if (count == 0) {
            return;
        }
        String[][] sorted = new String[count][];
        for (int i = 0; i < count; i++) {
            String namespace = reader.getAttributeNamespace(i);
            sorted[i] = new String[] {
                (namespace == null ? "" : namespace) + "|" + reader.getAttributeLocalName(i),
                reader.getAttributeValue(i)
            };
        }
        if (count > 1) {
            Arrays.sort(sorted, (a, b) -> a[0].compareTo(b[0]));
        }
        for (String[] attribute : sorted) {
            digest.token('A', attribute[0]);
            digest.token('V', attribute[1]);
        }
    }

    /**
     * Writes the text gathered since the last element boundary as one token: runs of white space collapsed to one
     * space and trimmed; nothing when it is blank.
     *
     * @param text the gathered text, emptied
     * @param digest where to write the token
     */
    static void flushText(final StringBuilder text, final Tokens digest) {
        if (text.length() == 0) {
            return;
        }
        if (!isBlank(text)) {
            digest.token('T', WHITESPACE.matcher(text).replaceAll(" ").strip());
        }
        text.setLength(0);
    }

    private static boolean isBlank(final CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", exception);
        }
    }
}
