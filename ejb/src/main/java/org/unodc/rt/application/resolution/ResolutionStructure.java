package org.unodc.rt.application.resolution;

import java.util.ArrayList;
import java.util.List;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionText;
import org.unodc.rt.domain.resolution.text.Directive;
import org.unodc.rt.domain.resolution.text.Footnote;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.PreambleParagraph;
import org.unodc.rt.domain.resolution.text.ReportingRequest;
import org.unodc.rt.domain.resolution.text.SubParagraph;
import org.unodc.rt.domain.state.UnLanguage;

/** Turns a saved resolution back into the structure the parser produces, so both travel in one shape. */
public final class ResolutionStructure {

    private ResolutionStructure() {}

    /**
     * The structure with its texts in a language: each passage that language's where the resolution holds it, the
     * reference text elsewhere (which passages are which, {@link Resolution#textIn} tells).
     */
    public static ParsedResolution of(Resolution r, Resolution nestedDraft, UnLanguage language) {
        ParsedResolution reference = of(r, nestedDraft);
        ResolutionText text = r.textIn(language);
        List<OperativeParagraph> operative = new ArrayList<>();
        for (OperativeParagraph p : reference.operative()) {
            ResolutionText.Paragraph translated = text.paragraph(p.number());
            List<SubParagraph> subs = new ArrayList<>();
            for (int k = 0; k < p.subparagraphs().size(); k++) {
                ResolutionText.Sub sub = translated.subparagraphs().get(k);
                subs.add(new SubParagraph(sub.label(), sub.text().text()));
            }
            operative.add(new OperativeParagraph(
                    p.number(),
                    translated.verb() == null ? p.verb() : translated.verb(),
                    p.addressees(),
                    p.addresseeText(),
                    p.directives(),
                    translated.text().text(),
                    subs));
        }
        List<PreambleParagraph> preamble = new ArrayList<>();
        for (int i = 0; i < reference.preamble().size(); i++) {
            ResolutionText.Clause clause = text.preamble().get(i);
            preamble.add(new PreambleParagraph(
                    clause.opening() == null ? reference.preamble().get(i).opening() : clause.opening(),
                    clause.text().text()));
        }
        List<Footnote> footnotes = new ArrayList<>();
        for (ResolutionText.Note note : text.footnotes()) {
            footnotes.add(new Footnote(note.marker(), note.text().text()));
        }
        return new ParsedResolution(
                reference.symbol(),
                reference.body(),
                reference.number(),
                text.title().text(),
                reference.status(),
                reference.adoptionDate(),
                reference.meeting(),
                reference.session(),
                reference.agendaItem(),
                reference.sponsors(),
                preamble,
                operative,
                footnotes,
                reference.citedResolutions(),
                reference.instruments(),
                reference.reportingRequests(),
                reference.nestedDraft(),
                language.code());
    }

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
                r.language().code());
    }
}
