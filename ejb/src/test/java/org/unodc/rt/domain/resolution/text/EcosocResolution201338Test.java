package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unodc.rt.domain.resolution.text.Addressee.DONORS;
import static org.unodc.rt.domain.resolution.text.Addressee.EXECUTIVE_DIRECTOR;
import static org.unodc.rt.domain.resolution.text.Addressee.MEMBER_STATES;
import static org.unodc.rt.domain.resolution.text.Addressee.OTHER;
import static org.unodc.rt.domain.resolution.text.Addressee.UNICRI;
import static org.unodc.rt.domain.resolution.text.Addressee.UNODC;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ECOSOC resolution 2013/38 (illicit trafficking in precious metals), as in the seed. */
class EcosocResolution201338Test {

    private static ParsedResolution r;

    @BeforeAll
    static void parse() throws NotAResolutionException {
        r = Seeds.parse(Seeds.ECOSOC_2013_38);
    }

    @Test
    void heading() {
        assertThat(r.symbol()).isEqualTo("E/RES/2013/38");
        assertThat(r.body()).isEqualTo(ResolutionBody.ECOSOC);
        assertThat(r.number()).isEqualTo("2013/38");
        assertThat(r.title())
                .isEqualTo("Combating transnational organized crime and its possible links to illicit "
                        + "trafficking in precious metals");
        assertThat(r.status()).isEqualTo(ResolutionStatus.ADOPTED);
        assertThat(r.adoptionDate()).isEqualTo(LocalDate.of(2013, 7, 25));
        assertThat(r.meeting()).isEqualTo("47th plenary meeting");
        assertThat(r.session()).isEqualTo("Substantive session of 2013");
        assertThat(r.agendaItem()).isEqualTo("14 (c)");
        assertThat(r.sponsors()).isEmpty();
        assertThat(r.nestedDraft()).isNull();
    }

    @Test
    void preamble() {
        assertThat(r.preamble())
                .extracting(PreambleParagraph::opening)
                .containsExactly(
                        "Concerned",
                        "Alarmed",
                        "Noting",
                        "Recalling",
                        "Stressing",
                        "Underlining",
                        "Emphasizing",
                        "Convinced",
                        "Recalling",
                        "Recalling also",
                        "Mindful");
        // the paragraph interrupted by footnotes and "Please recycle" is whole, without its markers
        assertThat(r.preamble().get(0).text())
                .isEqualTo("Concerned at the growing involvement of organized "
                        + "criminal groups, as well as the substantial increase in the volume, rate of transnational "
                        + "occurrence and range of criminal offences related to illicit trafficking in precious metals in "
                        + "some parts of the world,");
        assertThat(r.preamble().get(9).text())
                .contains("manifestations\", in which the importance")
                .contains("Changing World, in which Member States")
                .doesNotContain("³")
                .doesNotContain("⁴");
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
                        tuple(1, "Encourages", List.of(MEMBER_STATES), "Member States"),
                        tuple(2, "Invites", List.of(MEMBER_STATES), "Member States"),
                        tuple(3, "Calls upon", List.of(MEMBER_STATES), "Member States that have not yet done so"),
                        tuple(4, "Requests", List.of(UNODC), "the United Nations Office on Drugs and Crime"),
                        tuple(
                                5,
                                "Invites",
                                List.of(UNICRI),
                                "the United Nations Interregional Crime and Justice Research Institute"),
                        tuple(6, "Invites", List.of(MEMBER_STATES, OTHER), "Member States and relevant institutions"),
                        tuple(7, "Invites", List.of(MEMBER_STATES, DONORS), "Member States and other donors"),
                        tuple(
                                8,
                                "Requests",
                                List.of(EXECUTIVE_DIRECTOR),
                                "the Executive Director of the United Nations Office on Drugs and Crime"));
        // "to invite Member States ..." in paragraph 4 is what the Office is asked to do, not a directive
        assertThat(r.operative()).allSatisfy(p -> assertThat(p.directives()).isEmpty());
        assertThat(r.operative()).allSatisfy(p -> assertThat(p.subparagraphs()).isEmpty());
        assertThat(r.operative().get(1).text())
                .isEqualTo("Invites Member States to consider utilizing the United "
                        + "Nations Convention against Transnational Organized Crime in combating transnational organized "
                        + "crime and its possible links to illicit trafficking in precious metals;");
        // the footer is not part of the last paragraph
        assertThat(r.operative().get(7).text()).endsWith("on the implementation of the present resolution.");
    }

    @Test
    void footnotes() {
        assertThat(r.footnotes()).extracting(Footnote::marker).containsExactly("1", "2", "3", "4", "5");
        assertThat(r.footnotes().get(0).text())
                .startsWith("For the purpose of the present resolution, without "
                        + "prejudice to other accepted definitions")
                .endsWith("ruthenium and osmium.");
        assertThat(r.footnotes().get(1).text())
                .isEqualTo("United Nations, Treaty Series, vols. 2225, 2237, 2241 and " + "2326, No. 39574.");
        assertThat(r.footnotes().get(2).text())
                .startsWith("See Official Records of the Economic and Social Council, "
                        + "2010, Supplement No. 10 (E/2010/30)");
        assertThat(r.footnotes().get(3).text()).isEqualTo("General Assembly resolution 65/230, annex.");
        assertThat(r.footnotes().get(4).text()).isEqualTo("United Nations, Treaty Series, vol. 2225, No. 39574.");
    }

    @Test
    void citationsInstrumentsAndReporting() {
        assertThat(r.citedResolutions()).containsExactly("66/181", "2012/19", "19/1", "65/230");
        assertThat(r.instruments()).containsExactly("UNTOC", "TIP", "SOM", "FIREARMS");
        assertThat(r.reportingRequests()).containsExactly(new ReportingRequest(8, "Executive Director", "CCPCJ", 24));
    }
}
