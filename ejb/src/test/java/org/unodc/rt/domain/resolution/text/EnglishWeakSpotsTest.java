package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unodc.rt.domain.resolution.text.Addressee.MEMBER_STATES;
import static org.unodc.rt.domain.resolution.text.Addressee.SECRETARY_GENERAL;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English texts as they come from Word and PDF files, written for the tests. */
class EnglishWeakSpotsTest {

    private final ResolutionTextParser parser = new ResolutionTextParser();

    private static final String HEAD =
            "2099/7. Test title\n\nThe Economic and Social Council,\n\n" + "Recalling its resolution 2098/5,\n\n";
    private static final String FOOT = "\n\n12th plenary meeting\n1 July 2099\n";

    private static List<String> directiveCodes(OperativeParagraph p) {
        return p.directives().stream()
                .flatMap(d -> d.addressees().stream())
                .map(Addressee::name)
                .toList();
    }

    @Test
    void trailingDirectiveAfterNonDirectiveOpener() throws NotAResolutionException {
        String text = HEAD
                + "1. Welcomes the report of the Secretary-General on the matter, and in this regard requests the "
                + "Secretary-General to report to the General Assembly at its ninety-ninth session;\n\n"
                + "2. Takes note of the work done by Member States, and also invites, in this regard, Member States "
                + "to share their experience;\n\n"
                + "3. Notes the study, and requests, within existing resources, the Secretary-General to update it;\n\n"
                + "4. Welcomes the guide, and to that end invites Member States to use it;\n\n"
                + "5. Takes note of the study. Requests the Secretary-General to update it;\n\n"
                + "6. Notes with appreciation the work of the Office, which invites Member States to use the guide;\n\n"
                + "7. Requests, in this regard, the Secretary-General to update the guide."
                + FOOT;
        ParsedResolution r = parser.parse(text);
        assertThat(r.operative()).hasSize(7);
        assertThat(directiveCodes(r.operative().get(0))).containsExactly(SECRETARY_GENERAL.name());
        assertThat(directiveCodes(r.operative().get(1))).containsExactly(MEMBER_STATES.name());
        assertThat(directiveCodes(r.operative().get(2))).containsExactly(SECRETARY_GENERAL.name());
        assertThat(directiveCodes(r.operative().get(3))).containsExactly(MEMBER_STATES.name());
        assertThat(directiveCodes(r.operative().get(4))).containsExactly(SECRETARY_GENERAL.name());
        // the Office invites, not the Council
        assertThat(directiveCodes(r.operative().get(5))).isEmpty();
        assertThat(r.operative().get(6).addressees()).containsExactly(SECRETARY_GENERAL);
        assertThat(r.reportingRequests()).containsExactly(new ReportingRequest(1, "Secretary-General", "GA", 99));
    }

    @Test
    void unnumberedOperativeParagraphsFromPdf() throws NotAResolutionException {
        String text = HEAD
                + "Noting the report of the Secretary-General,\n\n"
                + "Invites Member States to act;\n\n"
                + "Requests the Secretary-General to report to the Council at its next session."
                + FOOT;
        ParsedResolution r = parser.parse(text);
        assertThat(r.preamble()).hasSize(2);
        assertThat(r.operative())
                .extracting(OperativeParagraph::number, OperativeParagraph::verb)
                .containsExactly(tuple(1, "Invites"), tuple(2, "Requests"));
    }

    @Test
    void nestedDraftWithInconsistentIndentation() throws NotAResolutionException {
        String text = HEAD
                + "1. Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
                + "\t\"The General Assembly,\n\n  Noting the report,\n\n"
                + "1. Invites Member States to act;\n\n      2. Requests the Secretary-General to report to it at "
                + "its ninety-ninth session.\"\n\n"
                + "2. Requests the Executive Director to report to the Commission at its thirtieth session."
                + FOOT;
        ParsedResolution r = parser.parse(text);
        assertThat(r.operative()).extracting(OperativeParagraph::number).containsExactly(1, 2);
        assertThat(r.nestedDraft().operative())
                .extracting(OperativeParagraph::number)
                .containsExactly(1, 2);
        assertThat(r.nestedDraft().preamble()).hasSize(1);
    }

    @Test
    void nestedDraftWithWordTabsAndQuotesOnSomeLinesOnly() throws NotAResolutionException {
        String text = HEAD
                + "1. Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
                + "\t\u201cThe General Assembly,\n\n\t\u201cNoting the report,\n\n\u201c1.\tInvites Member States:\n\n"
                + "(a)\tTo act;\n\n\t(b)\tTo report;\n\n"
                + "    2. Decides to consider the matter;\n\n"
                + "\t\u201c3.\tRequests the Secretary-General to report to it at its ninety-ninth session.\u201d\n\n"
                + "2.\tDecides to remain seized of the matter."
                + FOOT;
        ParsedResolution r = parser.parse(text);
        assertThat(r.operative())
                .extracting(OperativeParagraph::number, OperativeParagraph::verb)
                .containsExactly(tuple(1, "Recommends"), tuple(2, "Decides"));
        assertThat(r.nestedDraft().operative())
                .extracting(OperativeParagraph::number, p -> p.subparagraphs().size())
                .containsExactly(tuple(1, 2), tuple(2, 0), tuple(3, 0));
        assertThat(r.nestedDraft().reportingRequests())
                .containsExactly(new ReportingRequest(3, "Secretary-General", "GA", 99));
    }

    @Test
    void pdfTextWithOneNumberLostAndLinesHardWrapped() throws NotAResolutionException {
        String text = "2099/7. Test title\nThe General Assembly,\nRecalling its resolutions 45/110 of 14 December 1990"
                + " and\n1086 B (XXXIX) of 5 December 1984,\nNoting the report,\n1. Decides to convene a meeting"
                + "\non the matter;\nAlso decides that the meeting shall be held\nin New York;\n"
                + "3. Requests the Secretary-General to report to it at its ninety-ninth session.\n"
                + "12th plenary meeting\n1 July 2099\n";
        ParsedResolution r = parser.parse(text);
        assertThat(r.preamble()).hasSize(2);
        assertThat(r.operative())
                .extracting(OperativeParagraph::number, OperativeParagraph::verb)
                .containsExactly(tuple(1, "Decides"), tuple(2, "Also decides"), tuple(3, "Requests"));
        assertThat(r.citedResolutions()).containsExactly("45/110", "1086 B (XXXIX)");
    }

    @Test
    void oldStyleNumbers() throws NotAResolutionException {
        String text = "2099/7. Test title\n\nThe Economic and Social Council,\n\n"
                + "Recalling its resolutions 1086 B (XXXIX) of 5 December 1984 and 3379 (XXX),\n\n"
                + "Recalling also General Assembly resolution 2200 A (XXI), annex,\n\n"
                + "1. Requests the Secretary-General to act." + FOOT;
        ParsedResolution r = parser.parse(text);
        assertThat(r.citedResolutions()).containsExactly("1086 B (XXXIX)", "3379 (XXX)", "2200 A (XXI)");
    }
}
