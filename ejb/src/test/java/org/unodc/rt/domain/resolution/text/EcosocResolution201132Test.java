package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unodc.rt.domain.resolution.text.Addressee.DONORS;
import static org.unodc.rt.domain.resolution.text.Addressee.EXECUTIVE_DIRECTOR;
import static org.unodc.rt.domain.resolution.text.Addressee.MEMBER_STATES;
import static org.unodc.rt.domain.resolution.text.Addressee.OTHER;
import static org.unodc.rt.domain.resolution.text.Addressee.UNODC;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ECOSOC resolution 2011/32: a single unnumbered paragraph recommending to the General Assembly a draft resolution
 * whose paragraphs each open with a quotation mark.
 */
class EcosocResolution201132Test {

    private static final String TITLE = "Strengthening international cooperation in combating the harmful effects of "
            + "illicit financial flows resulting from criminal activities";

    private static ParsedResolution r;
    private static ParsedResolution draft;

    @BeforeAll
    static void parse() throws NotAResolutionException {
        r = Seeds.parse(Seeds.ECOSOC_2011_32);
        draft = r.nestedDraft();
    }

    @Test
    void outerResolution() {
        assertThat(r.symbol()).isEqualTo("E/RES/2011/32");
        assertThat(r.body()).isEqualTo(ResolutionBody.ECOSOC);
        assertThat(r.number()).isEqualTo("2011/32");
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.status()).isEqualTo(ResolutionStatus.ADOPTED);
        assertThat(r.adoptionDate()).isEqualTo(LocalDate.of(2011, 7, 28));
        assertThat(r.meeting()).isEqualTo("48th plenary meeting");
        assertThat(r.session()).isNull();
        assertThat(r.agendaItem()).isNull();
        assertThat(r.sponsors()).isEmpty();
        // the outer resolution's own parts only: no preamble, one paragraph, nothing of the draft
        assertThat(r.preamble()).isEmpty();
        assertThat(r.operative())
                .extracting(
                        OperativeParagraph::number,
                        OperativeParagraph::verb,
                        OperativeParagraph::addressees,
                        OperativeParagraph::addresseeText,
                        OperativeParagraph::text)
                .containsExactly(tuple(
                        1,
                        "Recommends",
                        List.of(OTHER),
                        "the General Assembly",
                        "Recommends to the General Assembly the adoption of the following draft resolution:"));
        assertThat(r.footnotes()).isEmpty();
        assertThat(r.citedResolutions()).isEmpty();
        assertThat(r.instruments()).isEmpty();
        assertThat(r.reportingRequests()).isEmpty();
    }

    @Test
    void nestedDraftHeading() {
        assertThat(draft).isNotNull();
        assertThat(draft.body()).isEqualTo(ResolutionBody.GA);
        assertThat(draft.status()).isEqualTo(ResolutionStatus.DRAFT);
        assertThat(draft.symbol()).isNull();
        assertThat(draft.number()).isNull();
        assertThat(draft.title()).isEqualTo(TITLE);
        assertThat(draft.adoptionDate()).isNull();
        assertThat(draft.nestedDraft()).isNull();
    }

    @Test
    void nestedDraftPreamble() {
        assertThat(draft.preamble())
                .extracting(PreambleParagraph::opening)
                .containsExactly(
                        "Concerned",
                        "Concerned also",
                        "Concerned further",
                        "Conscious",
                        "Recognizing",
                        "Recognizing also",
                        "Recalling",
                        "Recalling also",
                        "Noting with interest",
                        "Noting with interest also",
                        "Convinced",
                        "Aware",
                        "Noting",
                        "Taking note",
                        "Noting with interest",
                        "Recognizing",
                        "Recognizing also",
                        "Aware");
        // opening quotation marks are not text; the paragraph cut by four footnotes is whole
        assertThat(draft.preamble().get(4).text())
                .isEqualTo("Recognizing that the United Nations Convention against "
                        + "Transnational Organized Crime, the United Nations Convention against Corruption and other relevant "
                        + "instruments, including the United Nations Convention against Illicit Traffic in Narcotic Drugs and "
                        + "Psychotropic Substances of 1988, as well as relevant resolutions of other United Nations bodies, "
                        + "contribute to a global framework for preventing and countering the illicit flow of funds, "
                        + "including through money-laundering,");
        assertThat(draft.preamble().get(12).text())
                .endsWith("proceeds of crime, including through illicit "
                        + "trafficking in precious metals and the associated raw materials, and welcoming further research by "
                        + "Member States and other entities to study such methods,");
    }

    @Test
    void nestedDraftOperativeParagraphs() {
        List<Addressee> ms = List.of(MEMBER_STATES);
        List<Addressee> unodc = List.of(UNODC);
        assertThat(draft.operative())
                .extracting(OperativeParagraph::number, OperativeParagraph::verb, OperativeParagraph::addressees)
                .containsExactly(
                        tuple(1, "Urges", ms),
                        tuple(2, "Encourages", ms),
                        tuple(3, "Urges", ms),
                        tuple(4, "Also urges", ms),
                        tuple(5, "Encourages", ms),
                        tuple(6, "Also encourages", ms),
                        tuple(7, "Urges", ms),
                        tuple(8, "Also urges", ms),
                        tuple(9, "Encourages", ms),
                        tuple(10, "Considers", List.of()),
                        tuple(11, "Requests", unodc),
                        tuple(12, "Calls upon", unodc),
                        tuple(13, "Urges", unodc),
                        tuple(14, "Requests", unodc),
                        tuple(15, "Calls upon", unodc),
                        tuple(16, "Requests", unodc),
                        tuple(17, "Invites", List.of(MEMBER_STATES, DONORS)),
                        tuple(18, "Requests", List.of(EXECUTIVE_DIRECTOR)));

        OperativeParagraph first = draft.operative().get(0);
        assertThat(first.addresseeText())
                .startsWith("States parties to the United Nations Convention against "
                        + "Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988");
        assertThat(first.directives())
                .containsExactly(
                        new Directive("invites", List.of(MEMBER_STATES), "Member States that have not yet done so"));
        assertThat(first.text())
                .contains("of 1988, the United Nations Convention against Transnational Organized "
                        + "Crime and the United Nations Convention against Corruption to apply fully");
        assertThat(draft.operative().get(3).directives())
                .containsExactly(new Directive("urges", List.of(MEMBER_STATES), "Member States"));
        assertThat(draft.operative())
                .filteredOn(p -> p.number() != 1 && p.number() != 4)
                .allSatisfy(p -> assertThat(p.directives()).isEmpty());
        // "the United / Nations Convention" and "provided / for in": lines broken inside paragraphs
        assertThat(draft.operative().get(9).text())
                .isEqualTo("Considers that the review by the International "
                        + "Narcotics Control Board of the implementation of the United Nations Convention against Illicit "
                        + "Traffic in Narcotic Drugs and Psychotropic Substances of 1988 is also relevant to the work of the "
                        + "Commission on Crime Prevention and Criminal Justice in the area of money-laundering;");
        assertThat(draft.operative().get(2).text())
                .endsWith("offences provided for in the United Nations "
                        + "Convention against Transnational Organized Crime;");
        // the closing quotation mark of the draft is not part of its last paragraph
        assertThat(draft.operative().get(17).text()).endsWith("implementation of the present resolution.");
    }

    @Test
    void nestedDraftFootnotesCitationsInstrumentsReporting() {
        assertThat(draft.footnotes()).extracting(Footnote::marker).containsExactly("1", "2", "3", "4", "5");
        assertThat(draft.footnotes())
                .extracting(Footnote::text)
                .containsExactly(
                        "United Nations, Treaty Series, vol. 2225, No. 39574.",
                        "See Official Records of the Economic and Social Council, 2009, Supplement No. 8 (E/2009/28), chap. "
                                + "I, sect. C; see also A/64/92-E/2009/98, sect. II.A.",
                        "United Nations, Treaty Series, vol. 2349, No. 42146.",
                        "Ibid., vol. 1582, No. 27627.",
                        "General Assembly resolution 65/230, annex.");
        assertThat(draft.citedResolutions()).containsExactly("65/232", "65/230");
        assertThat(draft.instruments()).containsExactly("UNTOC", "UNCAC", "DRUGS1988");
        // paragraph 3 asks institutions "to report promptly to the competent authorities": not a mandate
        assertThat(draft.reportingRequests())
                .containsExactly(new ReportingRequest(18, "Executive Director", "CCPCJ", 22));
    }
}
