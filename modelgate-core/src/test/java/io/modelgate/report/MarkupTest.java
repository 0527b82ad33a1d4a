package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void shouldEscapeTheMarkupCharacters() {
        assertThat(Markup.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    @Test
    void shouldReplaceCharactersThatXmlDoesNotAllow() {
        assertThat(Markup.escape("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
    }

    @Test
    void shouldKeepTabsNewlinesAndSurrogatePairs() {
        assertThat(Markup.escape("a\tb\nc\rd \uD83D\uDE00")).isEqualTo("a\tb\nc\rd \uD83D\uDE00");
    }

    @Test
    void shouldReplaceUnpairedSurrogates() {
        assertThat(Markup.escape("x\uD83Dy\uDE00")).isEqualTo("x\uFFFDy\uFFFD");
        assertThat(Markup.escape("end\uD83D")).isEqualTo("end\uFFFD");
    }

    @Test
    void shouldRenderNullAsEmpty() {
        assertThat(Markup.escape(null)).isEmpty();
    }
}
