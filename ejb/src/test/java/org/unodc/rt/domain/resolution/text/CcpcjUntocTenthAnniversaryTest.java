package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unodc.rt.domain.resolution.text.Addressee.DONORS;
import static org.unodc.rt.domain.resolution.text.Addressee.MEMBER_STATES;
import static org.unodc.rt.domain.resolution.text.Addressee.UNODC;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CCPCJ resolution on the tenth anniversary of the Organized Crime Convention: no number, no date, paragraphs as
 * list items ("- 2. Reiterates"), the first one without its number, a footnote marker flattened to " 1 ".
 */
class CcpcjUntocTenthAnniversaryTest {

    private static ParsedResolution r;

    @BeforeAll
    static void parse() throws NotAResolutionException {
        r = Seeds.parse(Seeds.CCPCJ_UNTOC);
    }

    @Test
    void heading() {
        assertThat(r.symbol()).isNull();
        assertThat(r.body()).isEqualTo(ResolutionBody.CCPCJ);
        assertThat(r.number()).isNull();
        assertThat(r.title())
                .isEqualTo("Renewed efforts to ensure the effective implementation of the United "
                        + "Nations Convention against Transnational Organized Crime and the Protocols thereto on the tenth "
                        + "anniversary of the entry into force of the Convention");
        assertThat(r.status()).isEqualTo(ResolutionStatus.ADOPTED);
        assertThat(r.adoptionDate()).isNull();
        assertThat(r.meeting()).isNull();
        assertThat(r.session()).isNull();
        assertThat(r.agendaItem()).isNull();
        assertThat(r.sponsors()).isEmpty();
        assertThat(r.nestedDraft()).isNull();
    }

    @Test
    void preamble() {
        assertThat(r.preamble())
                .extracting(PreambleParagraph::opening)
                .containsExactly(
                        "Recalling",
                        "Reaffirming",
                        "Mindful",
                        "Aware",
                        "Recalling",
                        "Noting with appreciation",
                        "Acknowledging",
                        "Greatly concerned",
                        "Underscoring",
                        "Noting with concern",
                        "Aware",
                        "Mindful",
                        "Taking into account",
                        "Mindful",
                        "Acknowledging",
                        "Taking note with appreciation",
                        "Convinced");
        // the flattened marker "Crime, 1 the Protocol" is taken out
        assertThat(r.preamble().get(0).text())
                .contains("Transnational Organized Crime, the Protocol to Prevent")
                .doesNotContain(" 1 ");
        // the paragraph that continues after four footnotes
        assertThat(r.preamble().get(4).text())
                .contains("in particular its technical cooperation capacity\", in " + "which, inter alia,");
        // the last preambular paragraph stops where the first (unnumbered) operative paragraph starts
        assertThat(r.preamble().get(16).text()).endsWith("in the context of the relevant informal consultations,");
    }

    @Test
    void operativeParagraphs() {
        assertThat(r.operative())
                .extracting(
                        OperativeParagraph::number,
                        OperativeParagraph::verb,
                        OperativeParagraph::addressees,
                        OperativeParagraph::addresseeText)
                .containsExactly(
                        tuple(1, "Notes with appreciation", List.of(), null),
                        tuple(
                                2,
                                "Reiterates its call",
                                List.of(MEMBER_STATES),
                                "Member States that have not yet done so"),
                        tuple(3, "Requests", List.of(UNODC), "the United Nations Office on Drugs and Crime"),
                        tuple(4, "Also requests", List.of(UNODC), "the United Nations Office on Drugs and Crime"),
                        tuple(5, "Encourages", List.of(UNODC), "the United Nations Office on Drugs and Crime"),
                        tuple(6, "Reiterates", List.of(), null),
                        tuple(7, "Invites", List.of(MEMBER_STATES, DONORS), "Member States and other donors"),
                        tuple(8, "Requests", List.of(UNODC), "the United Nations Office on Drugs and Crime"));
        assertThat(r.operative())
                .extracting(OperativeParagraph::directives)
                .containsExactly(
                        List.of(),
                        List.of(new Directive("urges", List.of(MEMBER_STATES), "States parties")),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new Directive("invites", List.of(MEMBER_STATES), "Member States")),
                        List.of(),
                        List.of());
        assertThat(r.operative().get(0).text())
                .startsWith("Notes with appreciation the increasing level of " + "adherence")
                .endsWith("against Transnational Organized Crime;");
        assertThat(r.operative().get(3).text())
                .contains("supporting and complementing national, regional and " + "thematic programmes");
    }

    @Test
    void footnotes() {
        assertThat(r.footnotes()).extracting(Footnote::marker).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(r.footnotes())
                .extracting(Footnote::text)
                .containsExactly(
                        "United Nations, Treaty Series, vol. 2225, No. 39574.",
                        "Ibid., vol. 2237, No. 39574.",
                        "Ibid., vol. 2241, No. 39574.",
                        "Ibid., vol. 2326, No. 39574.",
                        "Ibid., vol. 2349, No. 42146.",
                        "CTOC/COP/2012/15.",
                        "United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.");
    }

    @Test
    void citationsInstrumentsAndReporting() {
        // 5/5 and 6/1 are resolutions of the Conference of the Parties; CTOC/COP/2012/15 is a document symbol
        assertThat(r.citedResolutions()).containsExactly("54/126", "55/25", "55/255", "5/5", "6/1", "67/189");
        assertThat(r.instruments()).containsExactly("UNTOC", "TIP", "SOM", "FIREARMS", "UNCAC");
        assertThat(r.reportingRequests()).containsExactly(new ReportingRequest(8, "UNODC", "CCPCJ", 23));
    }
}
