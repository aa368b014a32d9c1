package org.unodc.rt.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unodc.rt.domain.InvalidValue;

/** Each answer carries the language it is written in: read from its text, or as the focal point says. */
class AnswerLanguageTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ar | اعتمدت مصر القانون رقم 64 لسنة 2010 بشأن مكافحة الاتجار بالبشر.",
                "zh | 中国于2015年修订了刑法，将参与有组织犯罪集团的行为定为犯罪。",
                "en | The Penal Code was amended in 2019 to criminalize participation in an organized criminal group.",
                "fr | Le Code pénal a été modifié en 2019 pour incriminer la participation à un groupe criminel organisé.",
                "ru | В 2019 году в Уголовный кодекс были внесены изменения.",
                "es | La Ley 30077 contra el crimen organizado tipifica los delitos cometidos por las organizaciones."
            })
    void theLanguageIsReadFromTheText(String language, String narrative) {
        assertThat(new AnswerContent(ImplementationStatus.IMPLEMENTED, narrative, null, null).language())
                .isEqualTo(language);
    }

    @Test
    void anArabicAnswerThatQuotesAnEnglishTitleIsStillArabic() {
        AnswerContent answer = new AnswerContent(
                ImplementationStatus.IN_PROGRESS,
                "تعمل UNODC مع وزارة العدل على مشروع قانون جديد لمكافحة الجريمة المنظمة عبر الوطنية.",
                "Law No. 5",
                null);

        assertThat(answer.language()).isEqualTo("ar");
    }

    @Test
    void theFocalPointsWordOverridesTheGuessAndIsPartOfWhatIsSaved() {
        AnswerContent guessed = new AnswerContent(ImplementationStatus.IMPLEMENTED, "Ley 30077.", null, null);
        AnswerContent said = new AnswerContent(ImplementationStatus.IMPLEMENTED, "Ley 30077.", null, null, "es");

        assertThat(said.language()).isEqualTo("es");
        assertThat(said.sameAs(guessed)).isEqualTo(guessed.language().equals("es"));
        assertThat(new AnswerContent(null, "x", null, null, "ES").language()).isEqualTo("es");
    }

    @Test
    void anAnswerWithoutTextHasNoLanguage() {
        assertThat(new AnswerContent(ImplementationStatus.NOT_STARTED, null, " ", null, "fr").language())
                .isNull();
    }

    @Test
    void aLanguageOutsideTheSixIsRefused() {
        assertThatThrownBy(() -> new AnswerContent(null, "Das Gesetz", null, null, "de"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("\"de\" is not a UN language");
    }
}
