package org.unodc.rt.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unodc.rt.domain.cycle.CycleFixtures.NOW;
import static org.unodc.rt.domain.cycle.CycleFixtures.draftCycle;
import static org.unodc.rt.domain.cycle.CycleFixtures.preciousMetals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.resolution.Passage;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.domain.state.UnLanguage;

/** A questionnaire read in each language: official texts from the resolution's versions, the secretariat's own words. */
class QuestionnaireLanguagesTest {

    /** E/RES/2013/38 in short, with its French text held. */
    private static Resolution preciousMetalsWithFrench() {
        Resolution resolution = preciousMetals();
        resolution.holdVersion(
                UnLanguage.FR,
                new ParsedResolution(
                        null,
                        ResolutionBody.ECOSOC,
                        "2013/38",
                        null,
                        ResolutionStatus.ADOPTED,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(
                                paragraph(1, "Encourage les États Membres à envisager d’adopter des mesures"),
                                paragraph(2, "Prie l’Office d’étudier les liens et invite les États Membres"),
                                paragraph(3, "Prie le Secrétaire général de faire rapport à la Commission")),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        "fr"),
                "texte",
                "secretariat",
                NOW);
        return resolution;
    }

    private static OperativeParagraph paragraph(int number, String text) {
        return new OperativeParagraph(number, text.split(" ")[0], List.of(), null, List.of(), text, List.of());
    }

    @Test
    void aQuestionFromAParagraphQuotesTheOfficialTextOfEachLanguageTheResolutionHolds() {
        ReportingCycle cycle = draftCycle();
        cycle.cover(preciousMetalsWithFrench());
        Question first = cycle.questions().get(0);

        assertThat(first.textIn(UnLanguage.EN))
                .isEqualTo(new Passage(
                        "What has your State done to implement paragraph 1: \"Encourages Member States to consider"
                                + " adopting measures against illicit trafficking in precious metals\"?",
                        UnLanguage.EN,
                        false));
        assertThat(first.textIn(UnLanguage.FR))
                .isEqualTo(new Passage(
                        "Qu’a fait votre État pour appliquer le paragraphe 1 : « Encourage les États Membres à envisager"
                                + " d’adopter des mesures » ?",
                        UnLanguage.FR,
                        false));
        assertThat(first.textIn(UnLanguage.AR)).isEqualTo(new Passage(first.text(), UnLanguage.EN, true));
        assertThat(first.missingTranslations())
                .containsExactly(UnLanguage.AR, UnLanguage.ZH, UnLanguage.RU, UnLanguage.ES);
    }

    @Test
    void aRewordedQuestionNoLongerQuotesTheParagraphAndNeedsItsOwnTranslations() {
        ReportingCycle cycle = draftCycle();
        cycle.cover(preciousMetalsWithFrench());
        Question first = cycle.questions().get(0);

        cycle.rewordQuestion(first, "Which measures has your State adopted against trafficking in precious metals?");

        assertThat(first.textIn(UnLanguage.FR).fallback()).isTrue();
        cycle.translateQuestion(
                first, UnLanguage.FR, "Quelles mesures votre État a-t-il adoptées contre ce trafic ?", null);
        assertThat(first.textIn(UnLanguage.FR))
                .isEqualTo(new Passage(
                        "Quelles mesures votre État a-t-il adoptées contre ce trafic ?", UnLanguage.FR, false));
    }

    @Test
    void theSecretariatsQuestionsGuidanceAndTitleAreReadInEachLanguageGivenAndCountedWhereMissing() {
        ReportingCycle cycle = draftCycle();
        Question own = cycle.addQuestion(null, "Who coordinated this return?", true);
        cycle.guideQuestion(own, "Name the ministry.");

        cycle.translateQuestion(own, UnLanguage.ES, "¿Quién coordinó esta respuesta?", "Indique el ministerio.");
        cycle.translateQuestion(own, UnLanguage.RU, "Кто координировал подготовку ответа?", null);
        cycle.translateTitle(UnLanguage.ES, "Informes para el 35º período de sesiones");

        assertThat(own.textIn(UnLanguage.ES).text()).isEqualTo("¿Quién coordinó esta respuesta?");
        assertThat(own.guidanceIn(UnLanguage.ES))
                .isEqualTo(new Passage("Indique el ministerio.", UnLanguage.ES, false));
        assertThat(own.guidanceIn(UnLanguage.RU)).isEqualTo(new Passage("Name the ministry.", UnLanguage.EN, true));
        assertThat(cycle.titleIn(UnLanguage.ES).text()).isEqualTo("Informes para el 35º período de sesiones");
        assertThat(cycle.titleIn(UnLanguage.ZH))
                .isEqualTo(new Passage("Reporting for the 35th session", UnLanguage.EN, true));
        assertThat(own.missingTranslations())
                .containsExactly(UnLanguage.AR, UnLanguage.ZH, UnLanguage.FR, UnLanguage.RU);
        assertThat(cycle.missingTranslations())
                .containsEntry(UnLanguage.EN, 0)
                .containsEntry(UnLanguage.ES, 0)
                .containsEntry(UnLanguage.RU, 2)
                .containsEntry(UnLanguage.AR, 2);
    }

    @Test
    void aBlankTranslationRemovesItAndTheOriginalIsNotTranslated() {
        ReportingCycle cycle = draftCycle();
        Question own = cycle.addQuestion(null, "Who coordinated this return?", true);
        cycle.translateQuestion(own, UnLanguage.FR, "Qui a coordonné ce rapport ?", null);

        cycle.translateQuestion(own, UnLanguage.FR, "  ", null);

        assertThat(own.textIn(UnLanguage.FR).fallback()).isTrue();
        assertThatThrownBy(() -> cycle.translateQuestion(own, UnLanguage.EN, "Who?", null))
                .isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("The original wording is in English");
    }

    @Test
    void aPublishedQuestionnaireIsNoLongerTranslated() {
        ReportingCycle cycle = draftCycle();
        Question own = cycle.addQuestion(null, "Who coordinated this return?", true);
        cycle.publish(NOW);

        assertThatThrownBy(() -> cycle.translateQuestion(own, UnLanguage.FR, "Qui ?", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("translate the questionnaire");
        assertThatThrownBy(() -> cycle.translateTitle(UnLanguage.FR, "Rapports"))
                .isInstanceOf(RuleViolation.class);
    }
}
