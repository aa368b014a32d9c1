package org.unodc.rt.application.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.QuestionTranslation;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.resolution.Passage;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionSummary;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * A cycle and its questionnaire as pages and the API show it, in one language (each text in that language where the
 * cycle has it, the original otherwise, each with the language it is in), assembled inside the transaction.
 *
 * @param language            the language asked for
 * @param missingTranslations per language (code), how many texts a reader of it would get in the original
 */
public record CycleView(
        Long id,
        int sessionOrdinal,
        int sessionYear,
        String title,
        String titleLanguage,
        String language,
        Map<String, Integer> missingTranslations,
        String status,
        LocalDate opensOn,
        LocalDate deadline,
        List<Integer> reminderDays,
        List<ResolutionRef> resolutions,
        List<QuestionView> questions,
        List<Extension> extensions,
        Instant openedAt,
        int version)
        implements java.io.Serializable {

    public record ResolutionRef(Long id, String label, String title) implements java.io.Serializable {
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
            String label,
            String language,
            boolean fallback,
            String guidanceLanguage,
            String originalText,
            String originalGuidance,
            List<String> missingTranslations,
            Map<String, QuestionTranslation> translations)
            implements java.io.Serializable {
        public static QuestionView of(Question q, UnLanguage language) {
            Resolution r = q.resolution();
            Passage text = q.textIn(language);
            Passage guidance = q.guidanceIn(language);
            Map<String, QuestionTranslation> translations = new LinkedHashMap<>();
            q.translations().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(t -> translations.put(t.getKey().code(), t.getValue()));
            return new QuestionView(
                    q.id(),
                    q.position(),
                    r == null ? null : r.id(),
                    r == null ? null : Question.resolutionLabel(r),
                    q.paragraphNumber(),
                    q.origin().name(),
                    text.text(),
                    guidance == null ? null : guidance.text(),
                    q.mandatory(),
                    q.label(),
                    text.language().code(),
                    text.fallback(),
                    guidance == null ? null : guidance.language().code(),
                    q.text(),
                    q.guidance(),
                    q.missingTranslations().stream().map(UnLanguage::code).toList(),
                    translations);
        }
    }

    public record Extension(String iso3, LocalDate extendedTo) implements java.io.Serializable {}

    /**
     * The cycle as the people of one State see it: a deadline extension is between the secretariat and the State
     * concerned, so only that State's own is shown.
     */
    public CycleView forState(String iso3) {
        return new CycleView(
                id,
                sessionOrdinal,
                sessionYear,
                title,
                titleLanguage,
                language,
                missingTranslations,
                status,
                opensOn,
                deadline,
                reminderDays,
                resolutions,
                questions,
                extensions.stream().filter(e -> e.iso3().equals(iso3)).toList(),
                openedAt,
                version);
    }

    /** The cycle in its original language. */
    public static CycleView of(ReportingCycle c) {
        return of(c, Question.ORIGINAL);
    }

    public static CycleView of(ReportingCycle c, UnLanguage language) {
        Passage title = c.titleIn(language);
        Map<String, Integer> missing = new LinkedHashMap<>();
        c.missingTranslations().forEach((l, count) -> missing.put(l.code(), count));
        return new CycleView(
                c.id(),
                c.session().ordinal(),
                c.session().year(),
                title.text(),
                title.language().code(),
                language.code(),
                missing,
                c.status().name(),
                c.opensOn(),
                c.deadline(),
                c.reminderSchedule().daysBefore(),
                c.resolutions().stream().map(ResolutionRef::of).toList(),
                c.questions().stream().map(q -> QuestionView.of(q, language)).toList(),
                c.extensions().stream()
                        .map(e -> new Extension(e.iso3(), e.extendedTo()))
                        .toList(),
                c.openedAt(),
                c.version());
    }
}
