package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.comparison.ChampionCandidateComparison;
import io.modelgate.comparison.ComparisonMetric;
import io.modelgate.comparison.ComparisonPolicy;
import io.modelgate.comparison.ComparisonReport;
import io.modelgate.comparison.MetricComparison;
import io.modelgate.comparison.MissingChampion;
import io.modelgate.comparison.PairedPredictions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ComparisonHtmlTest {
    private static ComparisonReport report;
    private static String html;
    private static Document page;

    @BeforeAll
    static void render() throws Exception {
        report = SampleComparison.report();
        html = HtmlReport.render("Release \u2014 credit-risk 8", SampleComparison.evidence(report));
        page = XmlDocuments.parse(html.replaceFirst("<!DOCTYPE html>", ""));
    }

    @Test
    void shouldBeSelfContainedWithoutRawJson() throws Exception {
        assertThat(XmlDocuments.text(page, "count(//script | //link | //img | //@src | //@href)"))
                .isEqualTo("0");
        assertThat(XmlDocuments.text(page, "count(//details[@class='raw'])")).isEqualTo("0");
        assertThat(html).doesNotContain(SampleComparison.REGION).contains("&lt;b&gt;isles&lt;/b&gt;");
    }

    @Test
    void shouldHeadWithTheVerdictOfThePrimaryCheck() throws Exception {
        String status = report.check("primary:auc").status().name();

        assertThat(XmlDocuments.text(page, "//div[contains(@class,'verdict')]//span[contains(@class,'badge')]"))
                .isEqualTo(status);
        assertThat(XmlDocuments.text(page, "//div[contains(@class,'verdict')]/p[@class='message']"))
                .isEqualTo(report.check("primary:auc").message());
    }

    @Test
    void shouldListTheMetricsWithThePrimaryHighlighted() throws Exception {
        assertThat(texts("//table[contains(@class,'comparison-metrics')]/tbody/tr/th"))
                .containsExactly("auc", "accuracy", "log_loss", "brier");
        assertThat(texts("//table[contains(@class,'comparison-metrics')]/tbody/tr[@class='primary']/th"))
                .containsExactly("auc");
        MetricComparison auc = report.metric(ComparisonMetric.AUC);
        assertThat(texts("//table[contains(@class,'comparison-metrics')]/tbody/tr[1]/td"))
                .containsExactly(
                        "higher is better",
                        "primary",
                        Numbers.format(auc.champion()),
                        Numbers.format(auc.candidate()),
                        "+" + Numbers.format(auc.delta()),
                        "[+" + Numbers.format(auc.ciLow()) + ", +" + Numbers.format(auc.ciHigh()) + "]");
        assertThat(XmlDocuments.text(page, "//table[contains(@class,'comparison-metrics')]/thead/tr/th[7]"))
                .isEqualTo("95\u00a0% CI");
    }

    @Test
    void shouldDrawAForestPlotWithBetterToTheRight() throws Exception {
        String forest = "//svg[contains(@class,'forest')]";
        assertThat(XmlDocuments.text(page, forest + "/title")).contains("better is to the right");
        assertThat(XmlDocuments.text(page, "count(" + forest + "/circle)")).isEqualTo("4");
        assertThat(XmlDocuments.text(page, "count(" + forest + "/line[@class='bound'])"))
                .isEqualTo("3");
        double zero = Double.parseDouble(XmlDocuments.text(page, forest + "/line[@class='zero']/@x1"));
        double logLoss = Double.parseDouble(XmlDocuments.text(page, forest + "/circle[3]/@cx"));
        assertThat(report.metric(ComparisonMetric.LOG_LOSS).delta()).isNegative();
        assertThat(logLoss)
                .as("a lower log loss is better, so it lies right of zero")
                .isGreaterThan(zero);
    }

    @Test
    void shouldShowBothTestsTheSlicesAndTheAgreement() throws Exception {
        assertThat(texts("//table[contains(@class,'mcnemar')]/tbody/tr/td")).hasSize(5);
        assertThat(XmlDocuments.text(page, "//table[contains(@class,'mcnemar')]/tbody/tr/td[1]"))
                .isEqualTo(Numbers.count(report.mcnemar().b()));
        assertThat(XmlDocuments.text(page, "//table[contains(@class,'delong')]/tbody/tr/td[1]"))
                .isEqualTo(Numbers.format(report.delong().championAuc()));
        assertThat(texts("//table[contains(@class,'comparison-slices')]/tbody/tr/th"))
                .containsExactly("region=" + SampleComparison.REGION, "region=north", "region=south");
        assertThat(XmlDocuments.text(page, "//table[contains(@class,'comparison-slices')]/tbody/tr[@class='inactive']"))
                .contains("INACTIVE", "60");
        assertThat(XmlDocuments.text(page, "//table[contains(@class,'comparison-slices')]/tbody/tr[2]/td[6]"))
                .isEqualTo(report.check("slice:region=north").status().name());
        assertThat(html).contains(report.agreement().changed() + " of 4,000 rows");
    }

    @Test
    void shouldDrawRocAndCalibrationCurvesOfBothModels() throws Exception {
        String roc = "(//svg[contains(@class,'curve')])[1]";
        assertThat(XmlDocuments.text(page, roc + "/title")).isEqualTo("ROC curves of champion and candidate");
        assertThat(XmlDocuments.text(page, "count(//svg[contains(@class,'curve')])"))
                .isEqualTo("2");
        assertThat(XmlDocuments.text(page, "count(//svg[contains(@class,'curve')]/line[@class='diagonal'])"))
                .isEqualTo("2");
        assertThat(texts("//svg[contains(@class,'curve')]/polyline/title"))
                .containsExactly(
                        "champion ROC curve", "candidate ROC curve", "champion calibration", "candidate calibration");
        String[] points = XmlDocuments.text(page, roc + "/polyline[2]/@points").split(" ");
        assertThat(points.length).isBetween(100, 200);
        assertThat(XmlDocuments.text(page, roc))
                .contains("false positive rate", "true positive rate", "candidate (AUC");
        List<String> bins = texts("(//svg[contains(@class,'curve')])[2]/circle/title");
        assertThat(bins)
                .hasSizeBetween(12, 20)
                .allSatisfy(bin -> assertThat(bin).endsWith(" rows"));
    }

    @Test
    void shouldShowOnlyTheCandidateWithoutAChampion() throws Exception {
        ComparisonReport first = ChampionCandidateComparison.compare(
                PairedPredictions.binary(new int[] {0, 1, 0, 1, 1}, null, new double[] {0.2, 0.7, 0.4, 0.9, 0.3}),
                ComparisonPolicy.of(ComparisonMetric.AUC).withOnMissingChampion(MissingChampion.INACTIVE));

        Document alone = XmlDocuments.parse(
                HtmlReport.render("First", SampleComparison.evidence(first)).replaceFirst("<!DOCTYPE html>", ""));

        assertThat(XmlDocuments.text(alone, "//div[contains(@class,'verdict')]//span[contains(@class,'badge')]"))
                .isEqualTo("INACTIVE");
        assertThat(XmlDocuments.text(alone, "count(//svg[contains(@class,'forest')])"))
                .isEqualTo("0");
        assertThat(XmlDocuments.text(alone, "//table[contains(@class,'comparison-metrics')]/tbody/tr[1]/td[3]"))
                .isEqualTo("\u2013");
        assertThat(XmlDocuments.text(alone, "count(//svg[contains(@class,'curve')]/polyline)"))
                .isEqualTo("2");
        assertThat(XmlDocuments.text(alone, "//p[contains(@class,'muted')]")).contains("no champion");
    }

    @Test
    void shouldDrawNoCurvesForRegression() throws Exception {
        ComparisonReport regression = ChampionCandidateComparison.compare(
                PairedPredictions.regression(
                        new double[] {1, 2, 3, 4}, new double[] {1.5, 2, 2, 4}, new double[] {1, 2.1, 3, 4}),
                ComparisonPolicy.of(ComparisonMetric.parse("rmse")).withBootstrap(50, 3));

        Document page = XmlDocuments.parse(HtmlReport.render("Regression", SampleComparison.evidence(regression))
                .replaceFirst("<!DOCTYPE html>", ""));

        assertThat(XmlDocuments.text(page, "count(//svg[contains(@class,'curve')])"))
                .isEqualTo("0");
        assertThat(XmlDocuments.text(page, "count(//svg[contains(@class,'forest')]/circle)"))
                .isEqualTo("2");
        assertThat(XmlDocuments.text(page, "//table[contains(@class,'comparison-metrics')]/tbody/tr[1]/th"))
                .isEqualTo("rmse");
    }

    private static List<String> texts(final String xpath) throws Exception {
        NodeList nodes = XmlDocuments.nodes(page, xpath);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
