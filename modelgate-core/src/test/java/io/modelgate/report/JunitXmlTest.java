package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class JunitXmlTest {
    private static final String VALIDATION = "/testsuites/testsuite[@name='modelgate.validation']";

    @Test
    void shouldWriteOneSuitePerEvidenceWithCorrectCounts() throws Exception {
        Document xml = XmlDocuments.parse(JunitXml.render(SampleEvidence.validation(), SampleEvidence.drift()));

        assertThat(XmlDocuments.text(xml, "count(/testsuites/testsuite)")).isEqualTo("2");
        assertThat(XmlDocuments.text(xml, VALIDATION + "/@tests")).isEqualTo("6");
        assertThat(XmlDocuments.text(xml, VALIDATION + "/@failures")).isEqualTo("2");
        assertThat(XmlDocuments.text(xml, VALIDATION + "/@skipped")).isEqualTo("1");
        assertThat(XmlDocuments.text(xml, VALIDATION + "/@errors")).isEqualTo("0");
        assertThat(XmlDocuments.text(xml, "/testsuites/@tests")).isEqualTo("9");
        assertThat(XmlDocuments.text(xml, "/testsuites/@failures")).isEqualTo("4");
        assertThat(XmlDocuments.text(xml, "/testsuites/@skipped")).isEqualTo("1");
    }

    @Test
    void shouldMatchTheCountsToTheTestCases() throws Exception {
        Document xml = XmlDocuments.parse(JunitXml.render(SampleEvidence.validation(), SampleEvidence.drift()));

        for (String suite : List.of("modelgate.validation", "modelgate.drift")) {
            String path = "/testsuites/testsuite[@name='" + suite + "']";
            assertThat(XmlDocuments.text(xml, "count(" + path + "/testcase)"))
                    .isEqualTo(XmlDocuments.text(xml, path + "/@tests"));
            assertThat(XmlDocuments.text(xml, "count(" + path + "/testcase[failure])"))
                    .isEqualTo(XmlDocuments.text(xml, path + "/@failures"));
            assertThat(XmlDocuments.text(xml, "count(" + path + "/testcase[skipped])"))
                    .isEqualTo(XmlDocuments.text(xml, path + "/@skipped"));
        }
    }

    @Test
    void shouldNameTestCasesAfterTheirChecks() throws Exception {
        Document xml = XmlDocuments.parse(JunitXml.render(SampleEvidence.validation()));

        assertThat(XmlDocuments.text(xml, VALIDATION + "/testcase[1]/@classname"))
                .isEqualTo("modelgate.validation");
        assertThat(XmlDocuments.text(xml, VALIDATION + "/testcase[1]/@name")).isEqualTo("schema:columns");
        assertThat(XmlDocuments.text(xml, "count(" + VALIDATION + "/testcase[1]/*)"))
                .isEqualTo("0");
        assertThat(XmlDocuments.text(xml, VALIDATION + "/@timestamp")).isEqualTo("2026-11-28T03:20:00");
    }

    @Test
    void shouldReportFailuresWithActualExpectedAndExamples() throws Exception {
        Document xml = XmlDocuments.parse(JunitXml.render(SampleEvidence.validation()));
        String failure = VALIDATION + "/testcase[@name='range:age']/failure";

        assertThat(XmlDocuments.text(xml, failure + "/@type")).isEqualTo("FAILED");
        assertThat(XmlDocuments.text(xml, failure + "/@message"))
                .isEqualTo("Expected age in [18, 100], found 3 rows outside, first at line 12.");
        assertThat(XmlDocuments.text(xml, failure))
                .contains("actual: 3 rows outside [18, 100]")
                .contains("expected: every age in [18, 100]")
                .contains("line 12: -4")
                .contains("line 57: 212");
        assertThat(XmlDocuments.text(xml, VALIDATION + "/testcase[@name='pattern:email']/failure/@type"))
                .isEqualTo("ERROR");
    }

    @Test
    void shouldKeepWarningsAndNotesPassingButVisible() throws Exception {
        Document xml = XmlDocuments.parse(JunitXml.render(SampleEvidence.validation()));

        String warning = VALIDATION + "/testcase[@name='completeness:income']";
        assertThat(XmlDocuments.text(xml, "count(" + warning + "/failure)")).isEqualTo("0");
        assertThat(XmlDocuments.text(xml, warning + "/system-out"))
                .startsWith("WARNING: Expected at most 2% missing income");
        assertThat(XmlDocuments.text(xml, VALIDATION + "/testcase[@name='uniqueness:id']/system-out"))
                .startsWith("NOTE: Found id 17 twice.");
    }

    @Test
    void shouldSkipInactiveChecksWithTheReason() throws Exception {
        Document xml = XmlDocuments.parse(JunitXml.render(SampleEvidence.validation()));

        assertThat(XmlDocuments.text(xml, VALIDATION + "/testcase[@name='pii:name']/skipped/@message"))
                .isEqualTo("No PII scanner configured for name.");
    }

    @Test
    void shouldEscapeMarkupAndIllegalCharacters() throws Exception {
        Evidence evidence = Evidence.of(
                "odd<kind>",
                Subject.NONE,
                List.of(),
                List.of(Check.of("x\"&'<y>", GateStatus.FAILED, "\u0000\u001B", "]]>", SampleEvidence.SCRIPT)),
                java.util.Map.of());

        String text = JunitXml.render(evidence);
        Document xml = XmlDocuments.parse(text);

        assertThat(text).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(XmlDocuments.text(xml, "//testsuite/@name")).isEqualTo("modelgate.odd<kind>");
        assertThat(XmlDocuments.text(xml, "//testcase/@name")).isEqualTo("x\"&'<y>");
        assertThat(XmlDocuments.text(xml, "//failure/@message")).isEqualTo(SampleEvidence.SCRIPT);
        assertThat(XmlDocuments.text(xml, "//failure"))
                .contains("actual: \uFFFD\uFFFD")
                .contains("expected: ]]>");
    }

    @Test
    void shouldWriteAnEmptyDocumentForNoEvidence() throws Exception {
        Document xml = XmlDocuments.parse(JunitXml.render(List.of()));

        assertThat(XmlDocuments.text(xml, "/testsuites/@tests")).isEqualTo("0");
    }

    @Test
    void shouldWriteTheFile(@TempDir final Path folder) throws Exception {
        Path file = folder.resolve("reports/modelgate-junit.xml");

        JunitXml.write(file, List.of(SampleEvidence.validation()));

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(JunitXml.render(SampleEvidence.validation()));
    }
}
