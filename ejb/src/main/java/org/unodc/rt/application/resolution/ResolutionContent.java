package org.unodc.rt.application.resolution;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.resolution.Directive;
import org.unodc.rt.domain.resolution.Footnote;
import org.unodc.rt.domain.resolution.PreambleClause;
import org.unodc.rt.domain.resolution.ReportingMandate;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionRevision;
import org.unodc.rt.domain.resolution.Resolutions;
import org.unodc.rt.domain.resolution.SubParagraph;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ReportingRequest;
import org.unodc.rt.domain.session.Sessions;

/**
 * What saving a new resolution and correcting a saved one share: putting a confirmed structure (the parser's, possibly
 * corrected) into the resolution, and keeping the change in its history under the name of whoever is signed in.
 */
@Dependent
public class ResolutionContent {

    @Inject
    Resolutions resolutions;

    @Inject
    Sessions sessions;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** Whether the platform itself is saving (the demo seeds at start-up) rather than someone signed in. */
    boolean bySystem() {
        return caller.isAnonymous();
    }

    /** Marks the resolution as changed now by whoever is saving. */
    void touch(Resolution resolution) {
        resolution.touch(actor(), Instant.now(clock));
    }

    /** Keeps a change in the resolution's history. */
    void keep(Resolution resolution, String summary) {
        resolutions.add(new ResolutionRevision(resolution.id(), Instant.now(clock), actor(), summary));
    }

    /**
     * Fills the resolution from the structure. Reporting requests become mandates on the Commission sessions they
     * name, where the session is recorded.
     */
    void fill(Resolution resolution, ParsedResolution structure) {
        if (structure.operative().isEmpty()) {
            throw new InvalidInputException(Explanation.of("resolution.noOperativeParagraph"));
        }
        try {
            resolution.retitle(structure.title());
            resolution.describe(
                    structure.symbol(),
                    structure.adoptionDate(),
                    structure.meeting(),
                    structure.session(),
                    structure.agendaItem(),
                    structure.sponsors());
            resolution.replacePreamble(structure.preamble().stream()
                    .map(p -> new PreambleClause(p.opening(), p.text()))
                    .toList());
            resolution.clearOperativeParagraphs();
            for (OperativeParagraph p : structure.operative()) {
                resolution.addOperativeParagraph(
                        p.number(),
                        p.verb(),
                        p.addressees(),
                        p.addresseeText(),
                        p.text(),
                        p.directives().stream()
                                .map(d -> new Directive(d.verb(), d.addressees(), d.addresseeText()))
                                .toList(),
                        p.subparagraphs().stream()
                                .map(s -> new SubParagraph(s.label(), s.text()))
                                .toList());
            }
            resolution.replaceFootnotes(structure.footnotes().stream()
                    .map(f -> new Footnote(f.marker(), f.text()))
                    .toList());
            resolution.replaceCitations(structure.citedResolutions());
            resolution.replaceInstruments(structure.instruments());
            resolution.clearMandates();
            for (ReportingRequest request : structure.reportingRequests()) {
                resolution.addMandate(request.paragraph(), request.reporter(), request.reportTo(), request.session());
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        for (ReportingMandate mandate : resolution.mandates()) {
            if (mandate.isForCommission() && mandate.sessionOrdinal() != null) {
                sessions.findByOrdinal(mandate.sessionOrdinal()).ifPresent(mandate::fallsOn);
            }
        }
    }

    private String actor() {
        return bySystem() ? "system" : caller.name();
    }
}
