package io.modelgate.scoring;

import io.modelgate.data.DataFormatException;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Builds XML readers that refuse what a PMML file never needs and an attacker would use: document type
 * declarations, external entities and external DTDs (XXE), and with them every entity expansion (billion laughs).
 */
public final class SafeXml {
    private SafeXml() {}

    /** @return a namespace-aware StAX factory with DTDs and external entities switched off */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * Returns the exception for a document type declaration.
     *
     * @param file the PMML file
     * @param location where the declaration is
     * @return the exception naming file, line and column
     */
    static DataFormatException doctypeRefused(final String file, final Location location) {
        return new DataFormatException(
                file,
                location.getLineNumber(),
                location.getColumnNumber(),
                "the PMML declares a DOCTYPE; document type declarations and entities are refused (they enable"
                        + " external entity (XXE) and entity expansion attacks, and PMML does not use them)");
    }

    /**
     * Returns the exception for XML that does not parse.
     *
     * @param file the PMML file
     * @param exception the parser's complaint
     * @return the exception naming file, line and column when known
     */
    static DataFormatException malformed(final String file, final XMLStreamException exception) {
        Location location = exception.getLocation();
        String message = exception.getMessage();
        int detail = message == null ? -1 : message.indexOf("Message: ");
        String problem = detail >= 0 ? message.substring(detail + "Message: ".length()) : String.valueOf(message);
        return new DataFormatException(
                file,
                location == null ? 0 : Math.max(location.getLineNumber(), 0),
                location == null ? 0 : Math.max(location.getColumnNumber(), 0),
                "the PMML is not well-formed XML: " + problem);
    }
}
