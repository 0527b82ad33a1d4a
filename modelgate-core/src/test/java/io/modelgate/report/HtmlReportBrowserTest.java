package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium: it must load without any console message (errors, exceptions,
 * failed resource loads) and show the failing checks. Skipped when Chromium is missing on a developer machine, but
 * failing when the environment variable CI is set, because CI installs Chromium.
 */
@Tag("browser")
class HtmlReportBrowserTest {
    /** Where the screenshot is kept for people to look at, relative to the module. */
    private static final Path SCREENSHOTS = Path.of("target", "browser");

    @TempDir
    Path folder;

    private Chromium chromium;

    @BeforeEach
    void findChromium() {
        chromium = Chromium.find(folder).orElse(null);
        if (chromium == null) {
            if (System.getenv("CI") != null) {
                fail("Chromium is not installed, but CI is set and CI must run the browser tests: "
                        + "apt-get install -y chromium (or set CHROMIUM to the browser's path)");
            }
            Assumptions.abort("Chromium is not installed (/usr/bin/chromium); install it with "
                    + "'apt-get install -y chromium' to run the browser tests");
        }
    }

    @Test
    void shouldShowTheFailingChecksWithoutConsoleMessages() throws Exception {
        Path page = report();

        Chromium.Run run = chromium.dumpDom(page);

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.consoleMessages()).isEmpty();
        assertThat(run.out())
                .contains("<h2>Failing checks</h2>")
                .contains("range:age", "pattern:email", "Expected age in [18, 100], found 3 rows outside")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void shouldCatchTheConsoleErrorsOfAPageThatThrows() throws Exception {
        Path page = folder.resolve("throws.html");
        Files.writeString(
                page,
                "<!DOCTYPE html><html><body><p>broken</p>"
                        + "<script>throw new Error('deliberate failure');</script></body></html>");

        Chromium.Run run = chromium.dumpDom(page);

        assertThat(run.out()).contains("broken");
        assertThat(run.consoleMessages())
                .anySatisfy(line -> assertThat(line).contains("Uncaught Error: deliberate failure"));
    }

    @Test
    void shouldTakeScreenshots() throws Exception {
        Path page = report();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(page, SCREENSHOTS.resolve("report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        for (List<Integer> size : List.of(List.of(1280, 3200), List.of(420, 3200))) {
            Path png = SCREENSHOTS.resolve("report-" + size.get(0) + ".png");
            Files.deleteIfExists(png);

            Chromium.Run run = chromium.screenshot(page, png, size.get(0), size.get(1));

            assertThat(run.exitCode()).as(run.log()).isZero();
            assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void shouldShowTheComparisonWithoutConsoleMessagesAndTakeAScreenshot() throws Exception {
        Path page = folder.resolve("comparison.html");
        Files.writeString(
                page,
                HtmlReport.render("Release \u2014 credit-risk 8", SampleComparison.evidence(SampleComparison.report())),
                StandardCharsets.UTF_8);

        Chromium.Run run = chromium.dumpDom(page);

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.consoleMessages()).isEmpty();
        assertThat(run.out()).contains("Champion against candidate", "<polyline", "class=\"chart forest\"");
        Files.createDirectories(SCREENSHOTS);
        Files.copy(page, SCREENSHOTS.resolve("comparison.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path png = SCREENSHOTS.resolve("comparison-1280.png");
        Files.deleteIfExists(png);
        Chromium.Run shot = chromium.screenshot(page, png, 1280, 3600);
        assertThat(shot.exitCode()).as(shot.log()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }

    private Path report() throws Exception {
        Path page = folder.resolve("report.html");
        Files.writeString(
                page,
                HtmlReport.render(
                        "Integration \u2014 credit-risk 7", SampleEvidence.validation(), SampleEvidence.drift()),
                StandardCharsets.UTF_8);
        return page;
    }
}
