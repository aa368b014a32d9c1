package org.unodc.rt.application.resolution;

import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.text.Directive;
import org.unodc.rt.domain.resolution.text.Footnote;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.PreambleParagraph;
import org.unodc.rt.domain.resolution.text.ReportingRequest;
import org.unodc.rt.domain.resolution.text.SubParagraph;

/** Turns a saved resolution back into the structure the parser produces, so both travel in one shape. */
public final class ResolutionStructure {

    private ResolutionStructure() {}

    public static ParsedResolution of(Resolution r, Resolution nestedDraft) {
        return new ParsedResolution(
                r.symbol(),
                r.body(),
                r.number(),
                r.title(),
                r.status(),
                r.adoptionDate(),
                r.meeting(),
                r.sessionText(),
                r.agendaItem(),
                r.sponsors(),
                r.preamble().stream()
                        .map(p -> new PreambleParagraph(p.opening(), p.text()))
                        .toList(),
                r.operative().stream()
                        .map(p -> new OperativeParagraph(
                                p.number(),
                                p.verb(),
                                p.addressees(),
                                p.addresseeText(),
                                p.directives().stream()
                                        .map(d -> new Directive(d.verb(), d.addressees(), d.addresseeText()))
                                        .toList(),
                                p.text(),
                                p.subparagraphs().stream()
                                        .map(s -> new SubParagraph(s.label(), s.text()))
                                        .toList()))
                        .toList(),
                r.footnotes().stream()
                        .map(f -> new Footnote(f.marker(), f.text()))
                        .toList(),
                r.citedResolutions().stream().sorted().toList(),
                r.instruments().stream().sorted().toList(),
                r.mandates().stream()
                        .map(m -> new ReportingRequest(m.paragraph(), m.reporter(), m.reportTo(), m.sessionOrdinal()))
                        .toList(),
                nestedDraft == null ? null : of(nestedDraft, null),
                "en");
    }
}
