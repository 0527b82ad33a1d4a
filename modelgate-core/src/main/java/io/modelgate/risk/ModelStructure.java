package io.modelgate.risk;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size and shape of a PMML file: bytes, trees ({@code TreeModel} elements), segments ({@code Segment} elements of
 * ensembles) and tree nodes ({@code Node} elements), counted by streaming the XML with the JDK's StAX parser (DTDs and
 * external entities off, a DOCTYPE refused) so that large ensembles need no document in memory.
 *
 * @param sizeBytes the file size
 * @param trees the number of tree models, 0 for a model without trees
 * @param segments the number of segments, 0 for a model that is not an ensemble
 * @param nodes the number of tree nodes
 */
public record ModelStructure(long sizeBytes, int trees, int segments, long nodes) {
    /**
     * Counts the structure of a PMML file.
     *
     * @param pmml the file
     * @return its structure
     * @throws IOException when it cannot be read
     * @throws DataFormatException when it is not well-formed XML or declares a DOCTYPE
     */
    public static ModelStructure of(final Path pmml) throws IOException {
        String name = pmml.toString();
        int trees = 0;
        int segments = 0;
        long nodes = 0;
        try (InputStream input = Files.newInputStream(pmml)) {
            XMLStreamReader reader = factory().createXMLStreamReader(input);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new DataFormatException(
                                name,
                                reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber(),
                                "the PMML declares a DOCTYPE, which is refused");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (reader.getLocalName()) {
                            case "TreeModel" -> trees++;
                            case "Segment" -> segments++;
                            case "Node" -> nodes++;
                            default -> {
                                // other elements do not count
                            }
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException exception) {
            var location = exception.getLocation();
            throw new DataFormatException(
                    name,
                    location == null ? 0 : Math.max(location.getLineNumber(), 0),
                    location == null ? 0 : Math.max(location.getColumnNumber(), 0),
                    "the PMML is not well-formed XML: " + exception.getMessage());
        }
        return new ModelStructure(Files.size(pmml), trees, segments, nodes);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}
