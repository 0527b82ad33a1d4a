package io.modelgate.packaging;

import io.modelgate.data.DataFormatException;
import io.modelgate.data.Values;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import io.modelgate.scoring.SafeXml;
import io.modelgate.validation.pii.Masking;
import io.modelgate.validation.pii.PiiDetector;
import io.modelgate.validation.pii.PiiKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Scans a PMML model for personal data it embeds — in DataDictionary values, inline tables, extensions, annotations,
 * any attribute or text — with the validation's detectors (emails, phone numbers, payment cards with Luhn, IBANs,
 * SSNs, IP addresses). Decimal numbers (thresholds, coefficients) and short integers are skipped: they are model
 * parameters, not identifiers. A finding fails the gate, naming the element path and a masked example.
 */
public final class PmmlPrivacyScan {
    private static final int EXAMPLES = 3;

    private PmmlPrivacyScan() {}

    /**
     * Scans a model.
     *
     * @param pmml the PMML file
     * @return the check {@code pii:model}
     * @throws IOException when it cannot be read
     * @throws DataFormatException when it is not well-formed XML or declares a DOCTYPE
     */
    public static Check scan(final Path pmml) throws IOException {
        List<String> findings = new ArrayList<>();
        long count = 0;
        try (InputStream in = Files.newInputStream(pmml)) {
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(in);
            List<String> path = new ArrayList<>();
            for (int event; reader.hasNext(); ) {
                event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    path.add(reader.getLocalName());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        String where = "/" + String.join("/", path) + "/@" + reader.getAttributeLocalName(i);
                        count += find(reader.getAttributeValue(i), where, findings);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.remove(path.size() - 1);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    count += find(reader.getText(), "/" + String.join("/", path) + "/text()", findings);
                }
            }
        } catch (XMLStreamException exception) {
            throw new DataFormatException(pmml.toString(), 0, 0, "not well-formed XML: " + exception.getMessage());
        }
        if (count == 0) {
            return Check.of(
                    "pii:model",
                    GateStatus.PASSED,
                    "no personal data",
                    "no personal data",
                    "the model embeds no value that looks like personal data");
        }
        return Check.of(
                "pii:model",
                GateStatus.FAILED,
                count + " value(s) that look like personal data",
                "no personal data",
                "the model embeds personal data: " + String.join("; ", findings));
    }

    private static int find(final String text, final String where, final List<String> findings) {
        int found = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.isEmpty() || isParameter(token)) {
                continue;
            }
            Optional<PiiKind> kind = PiiDetector.detect(token);
            if (kind.isPresent()) {
                found++;
                if (findings.size() < EXAMPLES) {
                    findings.add(kind.get().label() + " " + Masking.mask(kind.get(), token) + " at " + where);
                }
            }
        }
        return found;
    }

    private static boolean isParameter(final String token) {
        if (!Values.isNumber(token)) {
            return false;
        }
        return token.contains(".") || token.contains("e") || token.contains("E") || token.length() < 9;
    }
}
