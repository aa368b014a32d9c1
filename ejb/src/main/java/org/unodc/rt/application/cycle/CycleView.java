package org.unodc.rt.application.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionSummary;

/** A cycle and its questionnaire as pages and the API show it, assembled inside the transaction. */
public record CycleView(
        Long id,
        int sessionOrdinal,
        int sessionYear,
        String title,
        String status,
        LocalDate opensOn,
        LocalDate deadline,
        List<Integer> reminderDays,
        List<ResolutionRef> resolutions,
        List<QuestionView> questions,
        List<Extension> extensions,
        Instant openedAt,
        int version) {

    public record ResolutionRef(Long id, String label, String title) {
        public static ResolutionRef of(Resolution r) {
            return new ResolutionRef(r.id(), Question.resolutionLabel(r), r.title());
        }

        public static ResolutionRef of(ResolutionSummary r) {
            return new ResolutionRef(r.id(), r.label(), r.title());
        }
    }

    public record QuestionView(
            Long id,
            int position,
            Long resolutionId,
            String resolutionLabel,
            Integer paragraphNumber,
            String origin,
            String text,
            String guidance,
            boolean mandatory,
            String label) {
        public static QuestionView of(Question q) {
            Resolution r = q.resolution();
            return new QuestionView(
                    q.id(),
                    q.position(),
                    r == null ? null : r.id(),
                    r == null ? null : Question.resolutionLabel(r),
                    q.paragraphNumber(),
                    q.origin().name(),
                    q.text(),
                    q.guidance(),
                    q.mandatory(),
                    q.label());
        }
    }

    public record Extension(String iso3, LocalDate extendedTo) {}

    public static CycleView of(ReportingCycle c) {
        return new CycleView(
                c.id(),
                c.session().ordinal(),
                c.session().year(),
                c.title(),
                c.status().name(),
                c.opensOn(),
                c.deadline(),
                c.reminderSchedule().daysBefore(),
                c.resolutions().stream().map(ResolutionRef::of).toList(),
                c.questions().stream().map(QuestionView::of).toList(),
                c.extensions().stream()
                        .map(e -> new Extension(e.iso3(), e.extendedTo()))
                        .toList(),
                c.openedAt(),
                c.version());
    }
}
