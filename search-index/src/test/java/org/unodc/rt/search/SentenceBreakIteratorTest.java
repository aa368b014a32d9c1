package org.unodc.rt.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Where snippets may start and end: sentence ends in the six languages, and the iterator contract the highlighter uses. */
class SentenceBreakIteratorTest {

    @Test
    void englishSentencesEndAtAFullStopFollowedBySpaceAndACapital() {
        String text = "The State shall adopt measures. It shall also cooperate! Will it? Yes.";

        assertThat(sentences(text))
                .containsExactly("The State shall adopt measures. ", "It shall also cooperate! ", "Will it? ", "Yes.");
    }

    @Test
    void abbreviationsAndArticleNumbersDoNotEndASentence() {
        String text = "See art. 5 of the Convention, e.g. the rules on confiscation. Then para. 12 applies.";

        assertThat(sentences(text))
                .containsExactly(
                        "See art. 5 of the Convention, e.g. the rules on confiscation. ", "Then para. 12 applies.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        String text = "He called it \"proceeds of crime.\" The court agreed (in part.) Appeals followed.";

        assertThat(sentences(text))
                .containsExactly(
                        "He called it \"proceeds of crime.\" ", "The court agreed (in part.) ", "Appeals followed.");
    }

    @Test
    void chineseSentencesEndAtTheirOwnMarksWithoutSpaces() {
        String text = "各国应当没收犯罪所得。法院已作出判决！是否上诉？";

        assertThat(sentences(text)).containsExactly("各国应当没收犯罪所得。", "法院已作出判决！", "是否上诉？");
    }

    @Test
    void arabicQuestionMarkAndLineBreaksEndSentences() {
        String text = "هل تمت المصادرة؟ نعم\nالمادة 5\n\nالمادة 6";

        assertThat(sentences(text)).containsExactly("هل تمت المصادرة؟ ", "نعم\n", "المادة 5\n\n", "المادة 6");
    }

    @Test
    void russianAndFrenchSentences() {
        assertThat(sentences("Статья 1. Общие положения. Закон вступает в силу."))
                .containsExactly("Статья 1. ", "Общие положения. ", "Закон вступает в силу.");
        assertThat(sentences("L'entraide judiciaire est accordée. Voir l'art. 18 de la Convention."))
                .containsExactly("L'entraide judiciaire est accordée. ", "Voir l'art. 18 de la Convention.");
    }

    @Test
    void emptyTextHasOneBoundary() {
        BreakIterator it = new SentenceBreakIterator();
        it.setText("");

        assertThat(it.first()).isZero();
        assertThat(it.next()).isEqualTo(BreakIterator.DONE);
        assertThat(it.last()).isZero();
        assertThat(it.following(0)).isEqualTo(BreakIterator.DONE);
        assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
    }

    /** The navigation the highlighter relies on agrees with the boundaries walked with next(), for any text. */
    @Property(tries = 500)
    void navigationAgreesWithTheBoundaries(
            @ForAll
                    @StringLength(max = 200)
                    @Chars({'.', '!', '?', ' ', '\n', '。', '؟', '"', ')', 'a', 'A', '5'})
                    @CharRange(from = 'a', to = 'e')
                    String text) {
        BreakIterator it = new SentenceBreakIterator();
        it.setText(text);
        List<Integer> boundaries = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            boundaries.add(b);
        }
        assertThat(boundaries.get(0)).isZero();
        assertThat(boundaries.get(boundaries.size() - 1)).isEqualTo(text.length());
        assertThat(boundaries).isSorted().doesNotHaveDuplicates();
        assertThat(it.last()).isEqualTo(text.length());

        for (int offset = 0; offset <= text.length(); offset++) {
            int at = offset;
            int expectedFollowing =
                    boundaries.stream().filter(b -> b > at).findFirst().orElse(BreakIterator.DONE);
            int expectedPreceding =
                    boundaries.stream().filter(b -> b < at).reduce((a, b) -> b).orElse(BreakIterator.DONE);
            assertThat(it.following(offset))
                    .as("following(%d) in %s", offset, text)
                    .isEqualTo(expectedFollowing);
            assertThat(it.preceding(offset))
                    .as("preceding(%d) in %s", offset, text)
                    .isEqualTo(expectedPreceding);
            assertThat(it.isBoundary(offset)).isEqualTo(boundaries.contains(offset));
        }
        List<Integer> backwards = new ArrayList<>();
        for (int b = it.last(); b != BreakIterator.DONE; b = it.previous()) {
            backwards.add(0, b);
        }
        assertThat(backwards).isEqualTo(boundaries);
    }

    private static List<String> sentences(String text) {
        BreakIterator it = new SentenceBreakIterator();
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }
}
