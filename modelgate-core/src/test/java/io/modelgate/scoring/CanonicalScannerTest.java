package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The byte-level scanner against the StAX reader it stands in for: the same hash wherever the scanner answers, on
 * real models, on documents that use every construct it reads, and on thousands of seeded mutations of them.
 */
class CanonicalScannerTest {
    /** Documents within the scanner's subset; each exercises constructs whose canonical form is easy to get wrong. */
    private static final List<String> WITHIN = List.of(
            "\uFEFF<?xml version='1.0' encoding='utf-8' standalone=\"yes\" ?>\n<!-- before -->\n"
                    + "<PMML xmlns=\"http://www.dmg.org/PMML-4_4\" version=\"4.4\"><Header copyright=\"c\">"
                    + "<Application name=\"x\"/><Timestamp>2026-11-28</Timestamp><Annotation>a<b/></Annotation>"
                    + "</Header><DataDictionary numberOfFields=\"1\"><Timestamp>kept</Timestamp></DataDictionary>"
                    + "</PMML>\n<!-- after -->\n",
            "<PMML xmlns=\"urn:p\"><Array n=\"3\" type=\"string\">  \"a  b\"\r\n\t&quot;c&amp;d&quot;  &#x1F600; é\u2003"
                    + "</Array><Text>one<!-- c -->two <Extension>skipped</Extension> three\u2003</Text></PMML>",
            "<a z='1' y=\"2\" x='tab\there\r\nline&#10;ref &lt;&gt; > \u00e9'><b/><c d=\"\"/></a>",
            "<p:PMML xmlns:p=\"urn:one\" xmlns=\"urn:two\" p:b=\"1\" b=\"2\" a=\"3\"><Inner xmlns=\"\" q=\"1\">"
                    + "<p:Deep/></Inner><Other xmlns=\"urn:three\"><x:y xmlns:x=\"urn:one\" x:q=\"4\"/></Other></p:PMML>",
            "<root><Extension name=\"e\"><Nested attr=\"&amp;\">text &#65;</Nested></Extension>tail</root>",
            "<?xml version=\"1.0\"?><empty/>",
            "<a>&#65;&#x42;&#0099;</a>");

    @Test
    void shouldHashEveryFixtureModelLikeTheReader() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            models = files.filter(path -> path.toString().endsWith(".pmml"))
                    .sorted()
                    .toList();
        }
        int fast = 0;
        for (Path model : models) {
            byte[] bytes = Files.readAllBytes(model);
            String hash = ModelHash.fast(bytes);
            if (hash != null) {
                fast++;
                assertThat(hash).as(model.toString()).isEqualTo(stax(bytes));
            }
        }
        assertThat(fast).as("models the scanner read").isGreaterThanOrEqualTo(models.size() - 3);
    }

    @Test
    void shouldHashEveryConstructItReadsLikeTheReader() {
        for (String document : WITHIN) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

            assertThat(ModelHash.fast(bytes)).as(document).isNotNull().isEqualTo(stax(bytes));
        }
    }

    @Test
    void shouldLeaveWhatItDoesNotReadToTheReader() {
        List<String> outside = List.of(
                "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
                "<a><![CDATA[x]]></a>",
                "<?xml-stylesheet href=\"s\"?><a/>",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>",
                "<a>&unknown;</a>",
                "<a b=\"1\" b=\"2\"/>",
                "<a><b></a></b>",
                "<p:a/>",
                "<a>\u0001</a>",
                "<a>]]></a>",
                "<a x=\"<\"/>",
                "<a/><b/>");
        for (String document : outside) {
            assertThat(ModelHash.fast(document.getBytes(StandardCharsets.UTF_8)))
                    .as(document)
                    .isNull();
        }
        assertThat(ModelHash.fast(new byte[] {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'}))
                .as("malformed UTF-8")
                .isNull();
    }

    @Test
    void shouldNeverDisagreeWithTheReaderOnMutatedDocuments() {
        Random random = new Random(20261128);
        String[] pieces = {
            "<",
            ">",
            "/",
            "/>",
            "&",
            ";",
            "&amp;",
            "&#",
            "&#x",
            "1",
            "\"",
            "'",
            "=",
            " ",
            "\t",
            "\r",
            "\n",
            ":",
            "xmlns",
            "xmlns:p=\"urn:p\"",
            "p:",
            "-",
            "--",
            "<!--",
            "-->",
            "]]>",
            "<![CDATA[",
            "<?",
            "?>",
            "\u00e9",
            "\u2003",
            "Extension",
            "Header",
            "Timestamp",
            "a",
            "x=\"1\"",
            "\0",
            "\uFFFF"
        };
        int answered = 0;
        int mutations = 0;
        for (String document : WITHIN) {
            for (int i = 0; i < 3000; i++) {
                byte[] mutated = mutate(document, random, pieces);
                mutations++;
                String fast = ModelHash.fast(mutated);
                if (fast != null) {
                    answered++;
                    assertThat(fast)
                            .as(new String(mutated, StandardCharsets.UTF_8))
                            .isEqualTo(stax(mutated));
                }
            }
        }
        assertThat(answered).as("mutations the scanner read").isBetween(mutations / 20, mutations - mutations / 20);
    }

    private static byte[] mutate(final String document, final Random random, final String[] pieces) {
        StringBuilder text = new StringBuilder(document);
        for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(3)));
                case 1 -> text.insert(at, pieces[random.nextInt(pieces.length)]);
                default -> {
                    int from = random.nextInt(text.length());
                    String copy = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(12)));
                    text.insert(at, copy);
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the reader's hash, or a marker that cannot equal a hash when the reader refuses the document */
    private static String stax(final byte[] document) {
        try {
            return ModelHash.of(new ByteArrayInputStream(document), "test.pmml");
        } catch (RuntimeException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    @Test
    void shouldHashABigDocumentInOneGoLikeTheReader() {
        List<String> trees = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            trees.add("<Segment id=\"" + i + "\"><True/><TreeModel functionName=\"classification\">"
                    + "<Node id=\"1\" score=\"0.5\"><SimplePredicate field=\"x\" operator=\"lessOrEqual\" value=\"" + i
                    + ".25\"/></Node></TreeModel></Segment>\n");
        }
        byte[] bytes = ("<PMML xmlns=\"http://www.dmg.org/PMML-4_4\"><MiningModel>" + String.join("", trees)
                        + "</MiningModel></PMML>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(ModelHash.fast(bytes)).isEqualTo(stax(bytes));
    }
}
