package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unodc.rt.domain.resolution.text.Addressee.DONORS;
import static org.unodc.rt.domain.resolution.text.Addressee.EXECUTIVE_DIRECTOR;
import static org.unodc.rt.domain.resolution.text.Addressee.MEMBER_STATES;
import static org.unodc.rt.domain.resolution.text.Addressee.OTHER;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2019 draft "Peru and South Africa: draft resolution" at the twenty-eighth session of the Commission, which the
 * Commission recommends to the Economic and Social Council.
 */
class CcpcjDraftPreciousMetalsTest {

    private static ParsedResolution r;

    @BeforeAll
    static void parse() throws NotAResolutionException {
        r = Seeds.parse(Seeds.CCPCJ_DRAFT_2019);
    }

    @Test
    void heading() {
        // no L. symbol is printed in the seed ("E/CN.15/2019/1" in the footnote is the provisional agenda)
        assertThat(r.symbol()).isNull();
        // the document is the Commission's: "The Commission ... recommends to the Economic and Social Council ..."
        assertThat(r.body()).isEqualTo(ResolutionBody.CCPCJ);
        assertThat(r.number()).isNull();
        assertThat(r.title())
                .isEqualTo("Enhancing the security of supply chains of precious metals against "
                        + "organized criminal groups");
        assertThat(r.status()).isEqualTo(ResolutionStatus.DRAFT);
        assertThat(r.adoptionDate()).isNull();
        assertThat(r.meeting()).isNull();
        assertThat(r.session()).isEqualTo("Twenty-eighth session");
        assertThat(r.agendaItem()).isEqualTo("8");
        assertThat(r.sponsors()).containsExactly("Peru", "South Africa");
        // the cover sentence is not a resolution of its own: the draft is read as this record
        assertThat(r.nestedDraft()).isNull();
    }

    @Test
    void preamble() {
        assertThat(r.preamble())
                .extracting(PreambleParagraph::opening)
                .containsExactly(
                        "Recalling",
                        "Recalling also",
                        "Alarmed",
                        "Concerned",
                        "Also concerned",
                        "Alarmed",
                        "Cognizant",
                        "Stressing",
                        "Emphasizing",
                        "Convinced",
                        "Underlining",
                        "Mindful");
        assertThat(r.preamble().get(1).text())
                .contains("entitled Strengthening the Security and Integrity of the "
                        + "Precious Metals Supply Chain, was launched");
    }

    @Test
    void operativeParagraphs() {
        List<Addressee> ms = List.of(MEMBER_STATES);
        assertThat(r.operative())
                .extracting(OperativeParagraph::number, OperativeParagraph::verb, OperativeParagraph::addressees)
                .containsExactly(
                        tuple(1, "Encourages", ms),
                        tuple(2, "Calls upon", ms),
                        tuple(3, "Calls upon", ms),
                        tuple(4, "Invites", List.of(MEMBER_STATES, OTHER)),
                        tuple(5, "Encourages", ms),
                        tuple(6, "Also encourages", ms),
                        tuple(7, "Further encourages", ms),
                        tuple(8, "Encourages", ms),
                        tuple(9, "Calls upon", ms),
                        tuple(10, "Encourages", ms),
                        tuple(11, "Invites", List.of(MEMBER_STATES, DONORS)),
                        tuple(12, "Requests", List.of(EXECUTIVE_DIRECTOR)));
        assertThat(r.operative()).allSatisfy(p -> assertThat(p.directives()).isEmpty());
        assertThat(r.operative().get(1).addresseeText()).isEqualTo("Member States that have not yet done so");
        assertThat(r.operative().get(3).addresseeText()).isEqualTo("Member States and relevant institutions");
        // an aside between commas is not part of the addressee
        assertThat(r.operative().get(6).addresseeText()).isEqualTo("Member States");
        assertThat(r.operative().get(8).addresseeText())
                .isEqualTo("Member States in whose jurisdiction the "
                        + "possession, importation, exportation, transportation, trading in or selling of precious metals "
                        + "is not a criminal offence");
        // the paragraph broken by a page after "on best"
        assertThat(r.operative().get(3).text()).contains("case studies on best practices in securing supply chains");
    }

    @Test
    void footnotesCitationsInstrumentsReporting() {
        assertThat(r.footnotes()).containsExactly(new Footnote("*", "E/CN.15/2019/1."));
        assertThat(r.citedResolutions()).containsExactly("2013/38");
        assertThat(r.instruments()).containsExactly("UNTOC", "TIP", "SOM", "FIREARMS");
        assertThat(r.reportingRequests()).containsExactly(new ReportingRequest(12, "Executive Director", "CCPCJ", 29));
    }
}
