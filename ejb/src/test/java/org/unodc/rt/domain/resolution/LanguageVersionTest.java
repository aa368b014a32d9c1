package org.unodc.rt.domain.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.resolution.text.Addressee;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.PreambleParagraph;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The alignment rule on a short English resolution (3 preambular, 4 operative paragraphs, paragraph 3 with two
 * sub-paragraphs) and French texts of it, aligned and not.
 */
class LanguageVersionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static Resolution english() {
        Resolution resolution = new Resolution(
                ResolutionBody.ECOSOC,
                "2013/38",
                "Combating illicit trafficking in precious metals",
                ResolutionStatus.ADOPTED,
                NOW);
        resolution.replacePreamble(List.of(
                new PreambleClause("Recalling", "Recalling its resolution 2012/19 of 26 July 2012,"),
                new PreambleClause("Concerned", "Concerned about the involvement of organized criminal groups,"),
                new PreambleClause("Noting", "Noting the work of the Commission,")));
        resolution.addOperativeParagraph(
                1,
                "Encourages",
                List.of(Addressee.MEMBER_STATES),
                "Member States",
                "Encourages Member States to adopt measures against trafficking in precious metals;",
                List.of(),
                List.of());
        resolution.addOperativeParagraph(
                2, "Welcomes", List.of(), null, "Welcomes the report of the Secretary-General;", List.of(), List.of());
        resolution.addOperativeParagraph(
                3,
                "Invites",
                List.of(Addressee.MEMBER_STATES),
                "Member States",
                "Invites Member States:",
                List.of(),
                List.of(
                        new SubParagraph("a", "To share information on illicit trafficking;"),
                        new SubParagraph("b", "To strengthen cooperation among their authorities;")));
        resolution.addOperativeParagraph(
                4,
                "Requests",
                List.of(Addressee.UNODC),
                "the United Nations Office on Drugs and Crime",
                "Requests the United Nations Office on Drugs and Crime to report to the Commission.",
                List.of(),
                List.of());
        resolution.replaceFootnotes(List.of(new Footnote("1", "United Nations, Treaty Series, vol. 2225.")));
        return resolution;
    }

    private static List<PreambleParagraph> frenchPreamble() {
        return List.of(
                new PreambleParagraph("Rappelant", "Rappelant sa résolution 2012/19 du 26 juillet 2012,"),
                new PreambleParagraph("Préoccupé", "Préoccupé par l’implication de groupes criminels organisés,"),
                new PreambleParagraph("Notant", "Notant les travaux de la Commission,"));
    }

    private static OperativeParagraph paragraph(
            int number, String verb, String text, org.unodc.rt.domain.resolution.text.SubParagraph... subs) {
        return new OperativeParagraph(number, verb, List.of(), null, List.of(), text, List.of(subs));
    }

    private static List<OperativeParagraph> frenchOperative() {
        return List.of(
                paragraph(
                        1,
                        "Encourage",
                        "Encourage les États Membres à adopter des mesures contre le trafic de métaux précieux ;"),
                paragraph(
                        2,
                        "Accueille avec satisfaction",
                        "Accueille avec satisfaction le rapport du Secrétaire général ;"),
                paragraph(
                        3,
                        "Invite",
                        "Invite les États Membres :",
                        new org.unodc.rt.domain.resolution.text.SubParagraph(
                                "a", "À échanger des informations sur le trafic illicite ;"),
                        new org.unodc.rt.domain.resolution.text.SubParagraph(
                                "b", "À renforcer la coopération entre leurs autorités ;")),
                paragraph(
                        4,
                        "Prie",
                        "Prie l’Office des Nations Unies contre la drogue et le crime de faire rapport à la Commission."));
    }

    private static ParsedResolution french(List<PreambleParagraph> preamble, List<OperativeParagraph> operative) {
        return new ParsedResolution(
                null,
                ResolutionBody.ECOSOC,
                "2013/38",
                "Lutte contre le trafic illicite de métaux précieux",
                ResolutionStatus.ADOPTED,
                null,
                null,
                null,
                null,
                List.of(),
                preamble,
                operative,
                List.of(new org.unodc.rt.domain.resolution.text.Footnote(
                        "1", "Nations Unies, Recueil des Traités, vol. 2225.")),
                List.of(),
                List.of(),
                List.of(),
                null,
                "fr");
    }

    @Test
    void anAlignedFrenchTextIsHeldAndReadParagraphByParagraph() {
        Resolution resolution = english();

        VersionAlignment alignment = resolution.holdVersion(
                UnLanguage.FR, french(frenchPreamble(), frenchOperative()), "texte", "secretariat", NOW);

        assertThat(alignment.aligned()).isTrue();
        assertThat(alignment.preamble()).isEqualTo(3);
        assertThat(alignment.operative()).isEqualTo(4);
        assertThat(resolution.languages()).containsExactly(UnLanguage.EN, UnLanguage.FR);
        ResolutionText text = resolution.textIn(UnLanguage.FR);
        assertThat(text.title().text()).isEqualTo("Lutte contre le trafic illicite de métaux précieux");
        assertThat(text.preamble().get(1).opening()).isEqualTo("Préoccupé");
        assertThat(text.paragraph(4).verb()).isEqualTo("Prie");
        assertThat(text.paragraph(4).text())
                .isEqualTo(new Passage(
                        "Prie l’Office des Nations Unies contre la drogue et le crime de faire rapport à la Commission.",
                        UnLanguage.FR,
                        false));
        assertThat(text.paragraph(3).subparagraphs().get(1).text().text())
                .isEqualTo("À renforcer la coopération entre leurs autorités ;");
        assertThat(text.footnotes().get(0).text().text()).isEqualTo("Nations Unies, Recueil des Traités, vol. 2225.");
    }

    @Test
    void aLanguageNotHeldFallsBackToTheReferenceTextMarkedAsSuch() {
        Resolution resolution = english();
        resolution.holdVersion(UnLanguage.FR, french(frenchPreamble(), frenchOperative()), "texte", "secretariat", NOW);

        ResolutionText arabic = resolution.textIn(UnLanguage.AR);

        assertThat(arabic.paragraph(2).text())
                .isEqualTo(new Passage("Welcomes the report of the Secretary-General;", UnLanguage.EN, true));
        assertThat(arabic.title().fallback()).isTrue();
        assertThat(resolution.textIn(UnLanguage.EN).paragraph(2).text().fallback())
                .isFalse();
    }

    @Test
    void aMissingParagraphIsRefusedWithWhatDiffersAndNothingIsHeld() {
        Resolution resolution = english();
        List<OperativeParagraph> operative = new ArrayList<>(frenchOperative());
        operative.remove(1); // paragraph 2 merged into paragraph 1 by a bad extraction

        assertThatThrownBy(() -> resolution.holdVersion(
                        UnLanguage.FR, french(frenchPreamble(), operative), "texte", "secretariat", NOW))
                .isInstanceOfSatisfying(MisalignedVersion.class, refused -> {
                    assertThat(refused.alignment().problemsInEnglish())
                            .containsExactly(
                                    "the French text has 3 operative paragraphs, the resolution 4",
                                    "paragraph 2 has no counterpart in the French text");
                    assertThat(refused.getMessage())
                            .isEqualTo("This text cannot be aligned with the resolution, and nothing was saved: the"
                                    + " French text has 3 operative paragraphs, the resolution 4; paragraph 2 has no"
                                    + " counterpart in the French text.");
                });
        assertThat(resolution.languages()).containsExactly(UnLanguage.EN);
        assertThat(resolution.versions()).isEmpty();
    }

    @Test
    void preambleCountsSubParagraphCountsAndExtraNumbersAreEachNamed() {
        Resolution resolution = english();
        List<OperativeParagraph> operative = new ArrayList<>(frenchOperative());
        operative.set(2, paragraph(3, "Invite", "Invite les États Membres à échanger des informations ;"));
        operative.add(paragraph(5, "Décide", "Décide de rester saisi de la question."));

        VersionAlignment alignment =
                VersionAlignment.of(resolution, french(frenchPreamble().subList(0, 2), operative), UnLanguage.FR);

        assertThat(alignment.aligned()).isFalse();
        assertThat(alignment.problemsInEnglish())
                .containsExactly(
                        "the French text has 2 preambular paragraphs, the resolution 3",
                        "the French text has 5 operative paragraphs, the resolution 4",
                        "paragraph 3 has 0 sub-paragraphs in the French text, 2 in the resolution",
                        "paragraph 5 of the French text has no counterpart in the resolution");
        assertThat(alignment.problems().get(0).text(Locale.FRENCH))
                .isEqualTo("le texte français compte 2 alinéas du préambule, la résolution 3");
    }

    @Test
    void aNewTextInALanguageHeldReplacesTheOldOne() {
        Resolution resolution = english();
        resolution.holdVersion(UnLanguage.FR, french(frenchPreamble(), frenchOperative()), "v1", "secretariat", NOW);
        List<OperativeParagraph> corrected = new ArrayList<>(frenchOperative());
        corrected.set(1, paragraph(2, "Se félicite", "Se félicite du rapport du Secrétaire général ;"));

        resolution.holdVersion(UnLanguage.FR, french(frenchPreamble(), corrected), "v2", "secretariat", NOW);

        assertThat(resolution.versions()).hasSize(1);
        assertThat(resolution.version(UnLanguage.FR).orElseThrow().sourceText()).isEqualTo("v2");
        assertThat(resolution.textIn(UnLanguage.FR).paragraph(2).text().text())
                .isEqualTo("Se félicite du rapport du Secrétaire général ;");
    }
}
