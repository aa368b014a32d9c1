package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Texts that are not resolutions get a clear answer, never a half-parsed record. */
class NotAResolutionTest {

    private final ResolutionTextParser parser = new ResolutionTextParser();

    @Test
    void newsArticleAboutAResolutionIsNotOne() {
        assertThatThrownBy(() -> parser.parse(Seeds.read(Seeds.NEWS_2019)))
                .isInstanceOf(NotAResolutionException.class)
                .hasNoCause()
                .hasMessage("This text does not look like a resolution: no operative paragraphs were found "
                        + "(numbered paragraphs opening with a verb such as Requests or Invites), and there is no "
                        + "line naming the acting body (such as \"The General Assembly,\", \"The Economic and Social "
                        + "Council,\" or \"The Commission on Crime Prevention and Criminal Justice,\").");
    }

    @Test
    void nullAndEmptyText() {
        assertThatThrownBy(() -> parser.parse(null))
                .isInstanceOf(NotAResolutionException.class)
                .hasMessageContaining("No text was given");
        assertThatThrownBy(() -> parser.parse(" \n\t\r\n "))
                .isInstanceOf(NotAResolutionException.class)
                .hasMessage("The text is empty: there is nothing to read as a resolution.");
    }

    @Test
    void tooLongText() {
        String huge = "a".repeat(ResolutionTextParser.MAX_CHARS + 1);
        assertThatThrownBy(() -> parser.parse(huge))
                .isInstanceOf(NotAResolutionException.class)
                .hasMessageContaining("too long to be a resolution")
                .hasMessageContaining("2,000,001 characters");
    }

    @Test
    void actingBodyWithoutOperativeParagraphs() {
        String text = "Some title\n\nThe General Assembly,\n\nRecalling its resolution 77/232,\n\nNoting the report,\n";
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(NotAResolutionException.class)
                .hasMessage("This text does not look like a resolution: no operative paragraphs were found "
                        + "(numbered paragraphs opening with a verb such as Requests or Invites) after \"The General "
                        + "Assembly\".");
    }

    @Test
    void numberedParagraphsWithoutActingBody() {
        String text = "Minutes\n\n1. Requests the secretariat to circulate the agenda;\n\n2. Decides to meet again.\n";
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(NotAResolutionException.class)
                .hasMessageContaining("it has numbered paragraphs but no line naming the acting body");
    }

    @Test
    void otherBodiesAreNamed() {
        String text = "The Commission on Narcotic Drugs,\n\nRecalling its resolution 60/1,\n\n"
                + "1. Requests the Executive Director to report to it at its sixty-first session.\n";
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(NotAResolutionException.class)
                .hasMessageStartingWith("This text is a text of the Commission on Narcotic Drugs");
    }
}
