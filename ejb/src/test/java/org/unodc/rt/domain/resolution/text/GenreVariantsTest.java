package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unodc.rt.domain.resolution.text.Addressee.DONORS;
import static org.unodc.rt.domain.resolution.text.Addressee.EXECUTIVE_DIRECTOR;
import static org.unodc.rt.domain.resolution.text.Addressee.MEMBER_STATES;
import static org.unodc.rt.domain.resolution.text.Addressee.OTHER;
import static org.unodc.rt.domain.resolution.text.Addressee.SECRETARY_GENERAL;
import static org.unodc.rt.domain.resolution.text.Addressee.UNODC;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same resolutions as extracted in other ways, and resolutions of the genre written for the tests. */
class GenreVariantsTest {

    private final ResolutionTextParser parser = new ResolutionTextParser();

    /**
     * Page furniture in the middle of paragraphs, "- 2." list markers, flattened superscripts ("metals1 in",
     * "1 For the purpose ..."), CRLF line endings, lines hard-wrapped inside paragraphs without blank lines, and
     * OCR slips in paragraph numbers ("l." for "1.", "7 ." and "5.*Invites*"): all read exactly as the seed.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "ecosoc-2013-38-page-furniture.txt",
                "ecosoc-2013-38-list-markers.txt",
                "ecosoc-2013-38-flattened-superscripts.txt",
                "ecosoc-2013-38-crlf.txt",
                "ecosoc-2013-38-hard-wrapped.txt",
                "ecosoc-2013-38-ocr-slips.txt"
            })
    void variantsOf2013_38ReadAsTheSeed(String variant) throws NotAResolutionException {
        ParsedResolution seed = Seeds.parse(Seeds.ECOSOC_2013_38);
        assertThat(Seeds.parse("variants/" + variant)).isEqualTo(seed);
    }

    @Test
    void fixturesReallyHaveTheirVariations() {
        assertThat(Seeds.read("variants/ecosoc-2013-38-page-furniture.txt"))
                .contains("\nPlease recycle\n")
                .contains("interested\n\n13-41234 (E)");
        assertThat(Seeds.read("variants/ecosoc-2013-38-list-markers.txt")).contains("\n- 2. *Invites*");
        assertThat(Seeds.read("variants/ecosoc-2013-38-flattened-superscripts.txt"))
                .contains("metals1 in")
                .doesNotContain("¹");
        assertThat(Seeds.read("variants/ecosoc-2013-38-ocr-slips.txt")).contains("\nl. *Encourages*");
        assertThat(Seeds.read("variants/ecosoc-2013-38-hard-wrapped.txt")).doesNotContain("\n\n");
    }

    @Test
    void crlfAndCarriageReturnsMadeHere() throws NotAResolutionException {
        // made in the test too, in case a checkout normalises the line endings of the fixture
        String seed = Seeds.read(Seeds.ECOSOC_2011_32);
        ParsedResolution expected = parser.parse(seed);
        assertThat(parser.parse(seed.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(parser.parse(seed.replace("\n", "\r"))).isEqualTo(expected);
        assertThat(parser.parse(seed.replace("\n\n", "\n\f\n"))).isEqualTo(expected);
    }

    @Test
    void nestedDraftOnlyIndentedWithoutQuotationMarks() throws NotAResolutionException {
        ParsedResolution quoted = Seeds.parse(Seeds.ECOSOC_2011_32);
        ParsedResolution indented = Seeds.parse("variants/ecosoc-2011-32-unquoted-nested.txt");
        assertThat(indented).isEqualTo(quoted);
    }

    @Test
    void nestedDraftFollowedByAnotherParagraphOfTheOuterResolution() throws NotAResolutionException {
        String text = "2099/1. Test title\n\nThe Economic and Social Council,\n\nRecalling its resolution 2098/5,\n\n"
                + "1. Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
                + "   The General Assembly,\n\n   Noting the report,\n\n"
                + "   1. Invites Member States to act;\n\n   2. Requests the Secretary-General to report to it at "
                + "its ninety-ninth session.\n\n"
                + "2. Requests the Executive Director to report to the Commission at its thirtieth session.\n\n"
                + "12th plenary meeting\n1 July 2099\n";
        ParsedResolution r = parser.parse(text);
        assertThat(r.operative())
                .extracting(OperativeParagraph::number, OperativeParagraph::verb)
                .containsExactly(tuple(1, "Recommends"), tuple(2, "Requests"));
        assertThat(r.reportingRequests()).containsExactly(new ReportingRequest(2, "Executive Director", "CCPCJ", 30));
        assertThat(r.nestedDraft().operative())
                .extracting(OperativeParagraph::number)
                .containsExactly(1, 2);
        assertThat(r.nestedDraft().reportingRequests())
                .containsExactly(new ReportingRequest(2, "Secretary-General", "GA", 99));
        assertThat(r.adoptionDate()).isEqualTo(LocalDate.of(2099, 7, 1));
    }

    @Test
    void generalAssemblyResolutionWithSubparagraphs() throws NotAResolutionException {
        ParsedResolution r = Seeds.parse("variants/ga-resolution-with-subparagraphs.txt");
        assertThat(r.symbol()).isEqualTo("A/RES/78/999");
        assertThat(r.body()).isEqualTo(ResolutionBody.GA);
        assertThat(r.number()).isEqualTo("78/999");
        assertThat(r.title())
                .isEqualTo("Strengthening international cooperation against trafficking in cultural "
                        + "property and other forms of organized crime");
        assertThat(r.status()).isEqualTo(ResolutionStatus.ADOPTED);
        assertThat(r.adoptionDate()).isEqualTo(LocalDate.of(2023, 12, 19));
        assertThat(r.meeting()).isEqualTo("50th plenary meeting");
        assertThat(r.session()).isEqualTo("Seventy-eighth session");
        assertThat(r.agendaItem()).isEqualTo("109");
        assertThat(r.preamble())
                .extracting(PreambleParagraph::opening)
                .containsExactly("Recalling", "Reaffirming", "Deeply concerned", "Bearing in mind");

        assertThat(r.operative())
                .extracting(OperativeParagraph::number, OperativeParagraph::verb, OperativeParagraph::addressees)
                .containsExactly(
                        tuple(1, "Recalls", List.of()),
                        tuple(2, "Urges", List.of(MEMBER_STATES)),
                        tuple(3, "Invites", List.of(MEMBER_STATES, OTHER, DONORS)),
                        tuple(4, "Welcomes", List.of()),
                        tuple(5, "Requests", List.of(SECRETARY_GENERAL)),
                        tuple(6, "Decides", List.of()),
                        tuple(7, "Once again urges", List.of(MEMBER_STATES)),
                        tuple(8, "Strongly encourages", List.of(MEMBER_STATES)));
        OperativeParagraph urges = r.operative().get(1);
        assertThat(urges.text()).isEqualTo("Urges Member States to take effective measures to:");
        assertThat(urges.subparagraphs())
                .containsExactly(
                        new SubParagraph("a", "Prevent the illicit trafficking in cultural property;"),
                        new SubParagraph("b", "Strengthen cooperation among law enforcement authorities;"),
                        new SubParagraph(
                                "c",
                                "Share information on seized objects through the United Nations Office on "
                                        + "Drugs and Crime;"));
        assertThat(r.operative().get(2).addresseeText())
                .isEqualTo("Member States, relevant international organizations and other donors");
        assertThat(r.operative().get(2).directives())
                .containsExactly(new Directive("encourages", List.of(OTHER), "the private sector"));
        assertThat(r.operative().get(5).directives())
                .containsExactly(new Directive("requests", List.of(SECRETARY_GENERAL), "the Secretary-General"));
        assertThat(r.operative().get(6).addresseeText()).isEqualTo("all States that have not yet done so");
        assertThat(r.operative().get(6).directives())
                .containsExactly(new Directive("requests", List.of(UNODC), "the Office"));
        assertThat(r.operative().get(7).directives())
                .containsExactly(new Directive("invites", List.of(EXECUTIVE_DIRECTOR), "the Executive Director"));

        // "Recalls the request ... to report ... at its seventy-eighth session" and "Decides to include in the
        // provisional agenda of its seventy-ninth session" are no new requests; the trailing "and requests the
        // Secretary-General to report to it at its eightieth session" is one
        assertThat(r.reportingRequests())
                .containsExactly(
                        new ReportingRequest(5, "Secretary-General", "GA", 79),
                        new ReportingRequest(6, "Secretary-General", "GA", 80),
                        new ReportingRequest(8, "Executive Director", "CCPCJ", 33),
                        new ReportingRequest(8, "Executive Director", "CCPCJ", 34));

        // footnotes printed after the footer still belong to the resolution; "decision 2012/234" is not cited
        assertThat(r.footnotes()).extracting(Footnote::marker).containsExactly("1", "2", "3");
        assertThat(r.footnotes().get(2).text()).isEqualTo("A/78/123.");
        assertThat(r.citedResolutions()).containsExactly("77/232", "2019/23");
        assertThat(r.instruments()).containsExactly("UNTOC", "TIP", "SOM", "FIREARMS", "UNCAC");
    }

    @Test
    void generalAssemblyDraftWithSymbolAndSponsorsOverTwoLines() throws NotAResolutionException {
        ParsedResolution r = Seeds.parse("variants/ga-draft-third-committee.txt");
        assertThat(r.symbol()).isEqualTo("A/C.3/78/L.12/Rev.1");
        assertThat(r.body()).isEqualTo(ResolutionBody.GA);
        assertThat(r.number()).isNull();
        assertThat(r.status()).isEqualTo(ResolutionStatus.DRAFT);
        assertThat(r.adoptionDate()).isNull();
        assertThat(r.title()).isEqualTo("Preventing and combating trafficking in firearms");
        assertThat(r.sponsors())
                .containsExactly(
                        "Bosnia and Herzegovina", "Italy", "Mexico", "Saint Vincent and the Grenadines", "Thailand");
        assertThat(r.operative())
                .extracting(
                        OperativeParagraph::number,
                        OperativeParagraph::verb,
                        OperativeParagraph::addressees,
                        OperativeParagraph::addresseeText)
                .containsExactly(
                        tuple(1, "Calls upon", List.of(MEMBER_STATES), "States parties to the Firearms Protocol"),
                        tuple(2, "Requests", List.of(SECRETARY_GENERAL), "the Secretary-General"));
        assertThat(r.operative().get(0).directives())
                .containsExactly(
                        new Directive("invites", List.of(UNODC), "the United Nations Office on Drugs and Crime"));
        assertThat(r.instruments()).containsExactly("UNTOC", "FIREARMS");
        assertThat(r.reportingRequests()).containsExactly(new ReportingRequest(2, "Secretary-General", "GA", 80));
    }

    @Test
    void inlineSubparagraphsAndSameLineFormalOpening() throws NotAResolutionException {
        String text = "Resolution 33/4\n\nTitle of a Commission resolution\n\n"
                + "The Commission on Crime Prevention and Criminal Justice, Recalling its resolution 32/1,\n"
                + "1. Requests the United Nations Office on Drugs and Crime to: (a) assist States; (b) collect data; "
                + "and (c) report thereon to the Commission at its thirty-fourth session.\n";
        ParsedResolution r = parser.parse(text);
        assertThat(r.symbol()).isEqualTo("E/CN.15/RES/33/4");
        assertThat(r.number()).isEqualTo("33/4");
        assertThat(r.title()).isEqualTo("Title of a Commission resolution");
        assertThat(r.preamble()).extracting(PreambleParagraph::text).containsExactly("Recalling its resolution 32/1,");
        OperativeParagraph p = r.operative().get(0);
        assertThat(p.text()).isEqualTo("Requests the United Nations Office on Drugs and Crime to:");
        assertThat(p.subparagraphs()).extracting(SubParagraph::label).containsExactly("a", "b", "c");
        assertThat(r.reportingRequests()).containsExactly(new ReportingRequest(1, "UNODC", "CCPCJ", 34));
    }
}
