package io.modelgate.scoring;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A PMML document as a light tree of elements, with exactly what the canonical model hash keeps (see
 * {@link ModelHash}): no header timestamp, application or annotations, no extensions, whitespace collapsed.
 *
 * @param name the element's local name
 * @param attributes the attributes by local name, sorted
 * @param text the element's own text, collapsed and trimmed
 * @param children the child elements in document order
 */
record PmmlTree(String name, Map<String, String> attributes, String text, List<PmmlTree> children) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Reads a PMML file with the hardened reader.
     *
     * @param file the file
     * @return its root element
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when it is not well-formed XML or declares a DOCTYPE
     */
    static PmmlTree read(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(in);
            try {
                return build(reader, file.toString());
            } finally {
                reader.close();
            }
        } catch (XMLStreamException exception) {
            throw SafeXml.malformed(file.toString(), exception);
        }
    }

    private static PmmlTree build(final XMLStreamReader reader, final String name) throws XMLStreamException {
        List<String> path = new ArrayList<>();
        List<Builder> open = new ArrayList<>();
        PmmlTree root = null;
        int skipping = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw SafeXml.doctypeRefused(name, reader.getLocation());
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (skipping > 0 || ModelHash.isIgnored(path, reader.getLocalName())) {
                    skipping++;
                    continue;
                }
                path.add(reader.getLocalName());
                open.add(new Builder(reader));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (skipping > 0) {
                    skipping--;
                    continue;
                }
                path.remove(path.size() - 1);
                PmmlTree done = open.remove(open.size() - 1).build();
                if (open.isEmpty()) {
                    root = done;
                } else {
                    open.get(open.size() - 1).children.add(done);
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && skipping == 0
                    && !open.isEmpty()) {
                open.get(open.size() - 1).text.append(reader.getText());
            }
        }
        if (root == null) {
            throw new DataFormatException(name, 1, 1, "the file holds no XML element");
        }
        return root;
    }

    private static final class Builder {
        private final String name;
        private final Map<String, String> attributes = new TreeMap<>();
        private final StringBuilder text = new StringBuilder();
        private final List<PmmlTree> children = new ArrayList<>();

        Builder(final XMLStreamReader reader) {
            name = reader.getLocalName();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }

        PmmlTree build() {
            String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
            return new PmmlTree(name, attributes, collapsed, children);
        }
    }
}
