package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small cleaners: page furniture, footnote markers, verbs and openings. */
class CleanersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Please recycle",
                "Please recycle \u267B",
                "Distr.: General",
                "Distr.: Limited",
                "Distr.: General 7 October 2013",
                "Original: English",
                "E/RES/2013/38",
                "E/CN.15/2019/L.4",
                "2/5",
                "12",
                "- 3 -",
                "Page 4",
                "V.13-85432 (E)",
                "13-41234 (E) 071013 081013",
                "*1341234*",
                "Advance unedited version",
                "A/RES/66/181 3/7"
            })
    void recognisesPageFurniture(String line) {
        assertThat(PageFurniture.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2011/32",
                "22/1",
                "1. Encourages Member States",
                "Resolution",
                "The Economic and Social Council,",
                "United Nations Convention against Corruption"
            })
    void keepsWhatIsNotFurniture(String line) {
        assertThat(PageFurniture.isFurniture(line)).isFalse();
    }

    @Test
    void stripsFootnoteMarkersOnlyWhereMarkersSit() {
        Set<String> known = Set.of("1", "2", "4");
        assertThat(FootnoteExtractor.stripMarkers("metals¹ in some, thereto,² and", known)
                        .text())
                .isEqualTo("metals in some, thereto, and");
        assertThat(FootnoteExtractor.stripMarkers("Crime, 1 the Protocol", known)
                        .text())
                .isEqualTo("Crime, the Protocol");
        assertThat(FootnoteExtractor.stripMarkers("metals1 in and of 1988,4 the", known)
                        .text())
                .isEqualTo("metals in and of 1988, the");
        // not markers: numbers that are text
        assertThat(FootnoteExtractor.stripMarkers(
                                "paragraph 1 of resolution 2012/19 and Corr.1 and 2.4 per cent", known)
                        .text())
                .isEqualTo("paragraph 1 of resolution 2012/19 and Corr.1 and 2.4 per cent");
        assertThat(FootnoteExtractor.stripMarkers("Crime, 1 the Protocol", Set.of())
                        .text())
                .isEqualTo("Crime, 1 the Protocol");
    }

    @Test
    void extractsFootnotesFromTheMiddleOfAParagraph() {
        List<Line> lines = List.of(
                new Line("Recognizing that ... contribute to a global framework for", 0),
                new Line("", 0),
                new Line("¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.", 0),
                new Line("² See Official Records, chap. I, sect. C. ³ Ibid., vol. 2349.", 0),
                new Line("", 0),
                new Line("preventing and countering the illicit flow of funds,", 0));
        FootnoteExtractor.Result r = FootnoteExtractor.extract(lines, ParagraphSplitter::looksLikeStart);
        assertThat(r.footnotes())
                .containsExactly(
                        new Footnote("1", "United Nations, Treaty Series, vol. 2225, No. 39574."),
                        new Footnote("2", "See Official Records, chap. I, sect. C."),
                        new Footnote("3", "Ibid., vol. 2349."));
        assertThat(r.lines())
                .extracting(Line::text)
                .containsExactly(
                        "Recognizing that ... contribute to a global framework for",
                        "",
                        "",
                        "preventing and countering the illicit flow of funds,");
    }

    @Test
    void readsVerbsAsWritten() {
        assertThat(VerbPhrases.operativeVerb("*Also requests* the Office").asWritten())
                .isEqualTo("Also requests");
        assertThat(VerbPhrases.operativeVerb("*Calls* upon States").asWritten()).isEqualTo("Calls upon");
        assertThat(VerbPhrases.operativeVerb("Expresses its appreciation to the Government")
                        .asWritten())
                .isEqualTo("Expresses its appreciation");
        assertThat(VerbPhrases.operativeVerb("Takes note with appreciation of the report")
                        .asWritten())
                .isEqualTo("Takes note with appreciation");
        assertThat(VerbPhrases.operativeVerb("Once again urges States").canonical())
                .isEqualTo("urges");
        assertThat(VerbPhrases.operativeVerb("Strongly encourages States").canonical())
                .isEqualTo("encourages");
        assertThat(VerbPhrases.operativeVerb("Calls on States").canonical()).isEqualTo("calls upon");
        assertThat(VerbPhrases.operativeVerb("States parties shall")).isNull();
        assertThat(VerbPhrases.operativeVerb("Recalling its resolution")).isNull();
        assertThat(VerbPhrases.isDirective("welcomes")).isFalse();
        assertThat(VerbPhrases.isDirective("takes note")).isFalse();
        assertThat(VerbPhrases.isDirective("decides")).isFalse();
        assertThat(VerbPhrases.isDirective("calls upon")).isTrue();
    }

    @Test
    void readsPreambularOpenings() {
        assertThat(VerbPhrases.preambleOpening("Recalling also its resolution")).isEqualTo("Recalling also");
        assertThat(VerbPhrases.preambleOpening("Noting with interest also the work"))
                .isEqualTo("Noting with interest also");
        assertThat(VerbPhrases.preambleOpening("Greatly concerned by")).isEqualTo("Greatly concerned");
        assertThat(VerbPhrases.preambleOpening("Bearing in mind that")).isEqualTo("Bearing in mind");
        assertThat(VerbPhrases.preambleOpening("Taking into account the")).isEqualTo("Taking into account");
        assertThat(VerbPhrases.preambleOpening("Beijing Declaration")).isNull();
        assertThat(VerbPhrases.preambleOpening("Nations Convention against")).isNull();
    }
}
