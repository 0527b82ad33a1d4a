package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class HtmlReportTest {
    private static final String TITLE = "Integration \u2014 credit-risk 7";

    private static String sample() {
        return HtmlReport.render(TITLE, SampleEvidence.validation(), SampleEvidence.drift());
    }

    @Test
    void shouldBeWellFormedAndSelfContained() throws Exception {
        String html = sample();

        Document page = XmlDocuments.parse(html.replaceFirst("<!DOCTYPE html>", ""));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(XmlDocuments.text(page, "count(//script)")).isEqualTo("0");
        assertThat(XmlDocuments.text(page, "count(//link | //img | //iframe | //object | //embed)"))
                .isEqualTo("0");
        assertThat(XmlDocuments.text(page, "count(//@src | //@href)")).isEqualTo("0");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                .doesNotContain("url(", "@import", "http:", "https:", "//");
    }

    @Test
    void shouldEscapeUserData() throws Exception {
        String html = sample();

        assertThat(html).doesNotContain(SampleEvidence.SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document page = XmlDocuments.parse(html.replaceFirst("<!DOCTYPE html>", ""));
        assertThat(XmlDocuments.text(page, "//td[@class='top-values']/span[1]/text()"))
                .isEqualTo(SampleEvidence.SCRIPT);
    }

    @Test
    void shouldShowTheOverallStatusAndInputs() throws Exception {
        Document page = XmlDocuments.parse(sample().replaceFirst("<!DOCTYPE html>", ""));

        assertThat(XmlDocuments.text(page, "/html/head/title")).isEqualTo(TITLE);
        assertThat(XmlDocuments.text(page, "//header[contains(@class,'masthead')]//span[contains(@class,'badge')]"))
                .isEqualTo("FAILED");
        assertThat(XmlDocuments.text(page, "//p[@class='subtitle']")).contains("model credit-risk", "version 7");
        assertThat(XmlDocuments.text(page, "count(//table[contains(@class,'inputs')]/tbody/tr)"))
                .isEqualTo("3");
        assertThat(XmlDocuments.text(page, "//table[contains(@class,'inputs')]//code[@title]"))
                .isEqualTo("9f86d081884c\u2026");
        assertThat(XmlDocuments.text(page, "//table[contains(@class,'inputs')]//code/@title"))
                .isEqualTo(SampleEvidence.SHA);
    }

    @Test
    void shouldListProblemsWorstFirstBeforeAllChecks() throws Exception {
        String html = sample();
        Document page = XmlDocuments.parse(html.replaceFirst("<!DOCTYPE html>", ""));

        assertThat(texts(page, "//section[@id='failing-checks']/article/header/code"))
                .containsExactly(
                        "range:age",
                        "drift:age",
                        "drift:balance",
                        "pattern:email",
                        "completeness:income",
                        "uniqueness:id");
        assertThat(XmlDocuments.text(page, "//section[@id='failing-checks']/article[1]//dl"))
                .contains("3 rows outside [18, 100]", "every age in [18, 100]");
        assertThat(texts(page, "//section[@id='failing-checks']/article[1]//table//td"))
                .containsExactly("12", "-4", "57", "212");
        assertThat(XmlDocuments.text(page, "count(//table[contains(@class,'checks')]/tbody/tr)"))
                .isEqualTo("9");
        assertThat(html.indexOf("id=\"failing-checks\"")).isLessThan(html.indexOf("id=\"all-checks\""));
    }

    @Test
    void shouldSaySoWhenNothingFails() throws Exception {
        Evidence passing = Evidence.of(
                "validation",
                Subject.NONE,
                List.of(),
                List.of(Check.of("schema:columns", GateStatus.PASSED, "1", "1", "ok")),
                Map.of());

        Document page = XmlDocuments.parse(HtmlReport.render("t", passing).replaceFirst("<!DOCTYPE html>", ""));

        assertThat(XmlDocuments.text(page, "//p[@class='all-clear']")).isEqualTo("Every check passed or was inactive.");
        assertThat(XmlDocuments.text(page, "//p[@class='subtitle']")).startsWith("no model yet");
        assertThat(XmlDocuments.text(page, "//table[contains(@class,'inputs')]//td[@colspan]"))
                .isEqualTo("no inputs recorded");
    }

    @Test
    void shouldSummariseColumnsWithHistograms() throws Exception {
        Document page = XmlDocuments.parse(sample().replaceFirst("<!DOCTYPE html>", ""));
        String age = "//table[contains(@class,'columns')]/tbody/tr[1]";

        assertThat(texts(page, age + "/td[@class='num']/text()").stream().map(String::strip))
                .containsExactly("1,000", "12", "3", "-4", "212", "41.24", "12.5", "77");
        assertThat(XmlDocuments.text(page, age + "/td[2]/span")).isEqualTo("(1.2%)");
        assertThat(XmlDocuments.text(page, "count(" + age + "//svg/rect)")).isEqualTo("4");
        assertThat(XmlDocuments.text(page, age + "//svg/rect[1]/title")).isEqualTo("[-4, 50): 700");
        assertThat(XmlDocuments.text(page, "count(//table[contains(@class,'columns')]/tbody/tr[2]//svg)"))
                .isEqualTo("0");
    }

    @Test
    void shouldSortDriftDriftedFirstThenByAdjustedPValue() throws Exception {
        Document page = XmlDocuments.parse(sample().replaceFirst("<!DOCTYPE html>", ""));
        String rows = "//table[contains(@class,'drift')]/tbody/tr";

        assertThat(texts(page, rows + "/th/code")).containsExactly("balance", "age", "income");
        assertThat(texts(page, rows + "[1]/td"))
                .contains("1.2e-9", "6e-11", "drifted", "1,000 \u2192 900", "0 \u2192 3");
        assertThat(XmlDocuments.text(page, "count(" + rows + "[@class='drifted'])"))
                .isEqualTo("2");
        assertThat(XmlDocuments.text(page, "//section[@id='evidence-1']//dl"))
                .contains("benjamini-hochberg", "0.05", "2 of 3", "FAILED");
    }

    @Test
    void shouldDrawOneAccessibleChartPerDriftFeature() throws Exception {
        Document page = XmlDocuments.parse(sample().replaceFirst("<!DOCTYPE html>", ""));
        NodeList charts = XmlDocuments.nodes(page, "//figure/svg");

        assertThat(charts.getLength()).isEqualTo(3);
        String first = "//figure[1]/svg";
        assertThat(XmlDocuments.text(page, first + "/@aria-labelledby"))
                .isEqualTo(XmlDocuments.text(page, first + "/title/@id"));
        assertThat(XmlDocuments.text(page, first + "/title")).startsWith("balance:");
        assertThat(texts(page, first + "/text[@class='legend']")).containsExactly("reference", "current");
        assertThat(XmlDocuments.text(page, first + "/text[@class='axis-label']"))
                .isEqualTo("share of rows");
        assertThat(XmlDocuments.text(page, "count(" + first + "/rect[@class='series-current'])"))
                .isEqualTo("6");
        assertThat(XmlDocuments.text(page, first + "/rect[@class='series-reference'][2]/title"))
                .isEqualTo("reference [18, 25): 0.1");
        assertThat(texts(page, "//svg/title/@id")).doesNotHaveDuplicates();
    }

    @Test
    void shouldShowOtherSectionsAsEscapedJson() throws Exception {
        Map<String, Object> sections = Map.of("metrics", Map.of("note", SampleEvidence.SCRIPT, "auc", 0.91));
        Evidence evidence = Evidence.of("comparison", Subject.NONE, List.of(), List.of(), sections);

        String html = HtmlReport.render("t", evidence);
        Document page = XmlDocuments.parse(html.replaceFirst("<!DOCTYPE html>", ""));

        assertThat(XmlDocuments.text(page, "//details/summary")).isEqualTo("metrics");
        assertThat(XmlDocuments.text(page, "//details/pre")).contains("\"auc\" : 0.91", SampleEvidence.SCRIPT);
        assertThat(html).doesNotContain(SampleEvidence.SCRIPT);
    }

    @Test
    void shouldWriteTheFile(@TempDir final Path folder) throws Exception {
        Path file = folder.resolve("report/index.html");

        HtmlReport.write(file, TITLE, List.of(SampleEvidence.validation(), SampleEvidence.drift()));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(sample());
    }

    private static List<String> texts(final Document page, final String xpath) throws Exception {
        NodeList nodes = XmlDocuments.nodes(page, xpath);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
