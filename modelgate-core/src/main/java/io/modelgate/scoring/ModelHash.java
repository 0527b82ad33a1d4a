package io.modelgate.scoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * reader refuses DTDs and entities (see {@link SafeXml}).
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
        return of(Files.readAllBytes(file), file.toString());
    }

    /**
     * Hashes a PMML document held in memory.
     *
     * @param pmml the document's bytes
     * @param name the name used in error messages
     * @return the SHA-256 of the canonical form, 64 lowercase hex digits
     */
    static String of(final byte[] pmml, final String name) {
        MessageDigest digest = sha256();
        try {
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(pmml));
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

    private static void canonicalize(final XMLStreamReader reader, final String name, final MessageDigest digest)
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
                token(digest, 'E', reader.getNamespaceURI() + "|" + reader.getLocalName());
                attributes(reader, digest);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (skipping > 0) {
                    skipping--;
                    continue;
                }
                flushText(text, digest);
                path.remove(path.size() - 1);
                token(digest, 'e', "");
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

    private static void attributes(final XMLStreamReader reader, final MessageDigest digest) {
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            sorted.put(
                    (namespace == null ? "" : namespace) + "|" + reader.getAttributeLocalName(i),
                    reader.getAttributeValue(i));
        }
        for (Map.Entry<String, String> attribute : sorted.entrySet()) {
            token(digest, 'A', attribute.getKey());
            token(digest, 'V', attribute.getValue());
        }
    }

    private static void flushText(final StringBuilder text, final MessageDigest digest) {
        String normalized = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (!normalized.isEmpty()) {
            token(digest, 'T', normalized);
        }
        text.setLength(0);
    }

    private static void token(final MessageDigest digest, final char tag, final String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) tag);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", exception);
        }
    }
}
