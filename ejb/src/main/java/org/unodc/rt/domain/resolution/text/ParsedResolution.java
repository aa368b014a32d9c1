package org.unodc.rt.domain.resolution.text;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link ResolutionTextParser} read from the text of one resolution (or draft resolution).
 * Component names are the JSON field names of the REST contract.
 *
 * @param symbol            document symbol: "E/RES/2013/38", "A/RES/66/181", "E/CN.15/RES/22/1" for adopted
 *                          resolutions whose number is known; the printed symbol of a draft ("E/CN.15/2019/L.4");
 *                          otherwise null
 * @param body              the adopting body; for a draft, the body in which it is tabled (the body whose document
 *                          it is: "The Commission ... recommends to the Economic and Social Council ..." is CCPCJ)
 * @param number            "2013/38", "66/181", "22/1"; null for drafts and when not printed
 * @param title             the title, or null when none is printed
 * @param status            adopted or draft
 * @param adoptionDate      date of adoption, null when not stated
 * @param meeting           "47th plenary meeting", null when not stated
 * @param session           the session as written in the masthead ("Twenty-eighth session",
 *                          "Substantive session of 2013"), null when not stated
 * @param agendaItem        the agenda item as written ("14 (c)", "8"), null when not stated
 * @param sponsors          the sponsors of a draft ("Peru", "South Africa"); empty otherwise
 * @param preamble          preambular paragraphs in order
 * @param operative         operative paragraphs in order
 * @param footnotes         footnotes of this resolution, in the order printed
 * @param citedResolutions  numbers of the resolutions it recalls or cites ("66/181", "2012/19", "19/1"), in order of
 *                          first appearance (preamble, operative part, footnotes), without duplicates
 * @param instruments       codes from {@link Instruments}, in the order of {@link Instruments#ALL}
 * @param reportingRequests new requests to report, in paragraph order
 * @param nestedDraft       the draft resolution that this resolution recommends to another body (an ECOSOC
 *                          resolution recommending a draft to the General Assembly), or null
 * @param language          the language of the text read: "ar", "zh", "en", "fr", "ru" or "es"
 */
public record ParsedResolution(
        String symbol,
        ResolutionBody body,
        String number,
        String title,
        ResolutionStatus status,
        LocalDate adoptionDate,
        String meeting,
        String session,
        String agendaItem,
        List<String> sponsors,
        List<PreambleParagraph> preamble,
        List<OperativeParagraph> operative,
        List<Footnote> footnotes,
        List<String> citedResolutions,
        List<String> instruments,
        List<ReportingRequest> reportingRequests,
        ParsedResolution nestedDraft,
        String language)
        implements java.io.Serializable {
    public ParsedResolution {
        sponsors = copy(sponsors);
        preamble = copy(preamble);
        operative = copy(operative);
        footnotes = copy(footnotes);
        citedResolutions = copy(citedResolutions);
        instruments = copy(instruments);
        reportingRequests = copy(reportingRequests);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
