package org.unodc.rt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A value told inside an Arabic sentence keeps its own order and leaves the sentence's alone. */
class ExplanationDirectionTest {

    private static final Explanation LABEL = Explanation.of("question.labelInParagraph", 3, "E/RES/2011/32", 5);

    @Test
    void inArabicTheSymbolIsIsolatedAndTheNumbersAreArabic() {
        assertThat(LABEL.text(Locale.forLanguageTag("ar"))).isEqualTo("السؤال 3 (\u2068E/RES/2011/32\u2069، الفقرة 5)");
    }

    @Test
    void leftToRightLanguagesAreWrittenAsBefore() {
        assertThat(LABEL.english()).isEqualTo("question 3 (E/RES/2011/32, paragraph 5)");
        assertThat(LABEL.text(Locale.FRENCH)).doesNotContain("\u2068");
    }
}
