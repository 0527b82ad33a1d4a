package io.modelgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a generated part of a documentation page in step with the code: the text between {@code <!-- NAME:start -->}
 * and {@code <!-- NAME:end -->}. A test fails when the page differs; run the tests with {@code
 * -Dmodelgate.updateDocs=true} to rewrite it.
 */
public final class GeneratedDocs {
    private GeneratedDocs() {}

    /**
     * Checks (or, when asked, rewrites) one generated section of a page under {@code docs/}.
     *
     * @param page the page's path relative to the repository root, e.g. {@code docs/validation.md}
     * @param name the section's marker name
     * @param content what the section must hold
     * @throws IOException when the page cannot be read or written
     */
    public static void check(final String page, final String name, final String content) throws IOException {
        Path file = Path.of("..").resolve(page);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String start = "<!-- " + name + ":start -->\n";
        String end = "<!-- " + name + ":end -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertThat(from).as(page + " has the marker " + start.strip()).isNotNegative();
        assertThat(to).as(page + " has the marker " + end).isGreaterThan(from);
        String expected = text.substring(0, from + start.length()) + content + text.substring(to);
        if (Boolean.getBoolean("modelgate.updateDocs")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as(page + "; regenerate with -Dmodelgate.updateDocs=true")
                .hasContent(expected);
    }
}
