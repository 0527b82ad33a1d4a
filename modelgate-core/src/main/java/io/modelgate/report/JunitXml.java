package io.modelgate.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Renders evidence as JUnit XML, so that Jenkins' {@code junit} step lists every check as a test: one
 * {@code <testsuite name="modelgate.<kind>">} per evidence and one {@code <testcase>} per check.
 *
 * <p>Statuses map as follows. PASSED is a passing test. NOTE and WARNING are passing tests whose
 * {@code <system-out>} carries the status and message: a JUnit failure would make the {@code junit} step mark the
 * build UNSTABLE, and whether a warning does so is the gate's decision, not the report's. ERROR and FAILED are
 * {@code <failure type="ERROR|FAILED">} with the actual and expected values and the example rows in the body.
 * INACTIVE is {@code <skipped message="reason"/>}. Checks are not timed, so every {@code time} is 0; the suite's
 * {@code timestamp} is the evidence's creation time in UTC, without a zone as the Ant schema asks.
 */
public final class JunitXml {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private JunitXml() {}

    /**
     * Renders evidence as one JUnit XML document.
     *
     * @param evidence the evidence, one test suite each
     * @return the XML text, UTF-8 declared
     */
    public static String render(final Evidence... evidence) {
        return render(List.of(evidence));
    }

    /**
     * Renders evidence as one JUnit XML document.
     *
     * @param evidence the evidence, one test suite each
     * @return the XML text, UTF-8 declared
     */
    public static String render(final List<Evidence> evidence) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"modelgate\"")
                .append(counts(evidence.stream()
                        .flatMap(each -> each.checks().stream())
                        .toList()))
                .append(">\n");
        for (Evidence each : evidence) {
            appendSuite(xml, each);
        }
        return xml.append("</testsuites>\n").toString();
    }

    /**
     * Writes evidence as a JUnit XML file, atomically.
     *
     * @param file the file to write, its folder created when missing
     * @param evidence the evidence, one test suite each
     * @throws IOException when the file cannot be written
     */
    public static void write(final Path file, final List<Evidence> evidence) throws IOException {
        AtomicFiles.writeString(file, render(evidence));
    }

    private static void appendSuite(final StringBuilder xml, final Evidence evidence) {
        String suite = "modelgate." + evidence.kind();
        xml.append("  <testsuite name=\"")
                .append(Markup.escape(suite))
                .append('"')
                .append(counts(evidence.checks()))
                .append(" timestamp=\"")
                .append(timestamp(evidence.createdAt()))
                .append("\">\n");
        appendProperties(xml, evidence);
        for (Check check : evidence.checks()) {
            xml.append("    <testcase classname=\"")
                    .append(Markup.escape(suite))
                    .append("\" name=\"")
                    .append(Markup.escape(check.name()))
                    .append("\" time=\"0\"");
            JunitOutcome.append(xml, check);
        }
        xml.append("  </testsuite>\n");
    }

    private static void appendProperties(final StringBuilder xml, final Evidence evidence) {
        xml.append("    <properties>\n");
        property(xml, "status", evidence.status().name());
        if (evidence.subject() != null) {
            property(xml, "model", evidence.subject().model());
            property(xml, "version", evidence.subject().version());
        }
        for (Input input : evidence.inputs()) {
            property(xml, "input." + input.role(), input.path() + " sha256=" + input.sha256());
        }
        xml.append("    </properties>\n");
    }

    private static void property(final StringBuilder xml, final String name, final String value) {
        xml.append("      <property name=\"")
                .append(Markup.escape(name))
                .append("\" value=\"")
                .append(Markup.escape(value))
                .append("\"/>\n");
    }

    private static String counts(final List<Check> checks) {
        long failures = checks.stream().filter(JunitOutcome::isFailure).count();
        long skipped = checks.stream()
                .filter(check -> check.status() == GateStatus.INACTIVE)
                .count();
        return " tests=\"" + checks.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped
                + "\" time=\"0\"";
    }

    private static String timestamp(final String createdAt) {
        try {
            return TIMESTAMP.format(LocalDateTime.ofInstant(Instant.parse(createdAt), ZoneOffset.UTC));
        } catch (DateTimeParseException | NullPointerException exception) {
            return Markup.escape(createdAt);
        }
    }
}
