package org.unodc.rt.application.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.resolution.Passage;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.returns.AnswerCitation;
import org.unodc.rt.domain.returns.AnswerContent;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnAccess;
import org.unodc.rt.domain.returns.ReturnAttachment;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.ReturnVersion;
import org.unodc.rt.domain.returns.ReviewComment;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * A return as the editor, the review and the API show it: one section per resolution (and one for general
 * questions), each answer with its question, and what is left to do. Assembled inside the transaction.
 */
public record ReturnView(
        Long id,
        Long cycleId,
        String cycleTitle,
        String cycleStatus,
        String stateIso3,
        String status,
        boolean editable,
        boolean submittable,
        boolean assignable,
        boolean clearable,
        String clearanceRequestedBy,
        int version,
        LocalDate deadline,
        Boolean onTime,
        Instant updatedAt,
        String updatedBy,
        Instant firstSubmittedAt,
        Instant lastSubmittedAt,
        List<Section> sections,
        List<Explanation> problems,
        List<VersionRef> versions,
        List<Comment> comments)
        implements java.io.Serializable {

    public record Section(
            Long resolutionId,
            String resolutionLabel,
            String resolutionTitle,
            int answered,
            int total,
            List<AnswerView> answers)
            implements java.io.Serializable {}

    /**
     * @param question         the question in the reader's language where the cycle has it, else the original
     * @param questionLanguage the language {@code question} is in (code)
     * @param guidanceLanguage the language {@code guidance} is in (code), null without guidance
     */
    public record AnswerView(
            Long questionId,
            int position,
            Integer paragraphNumber,
            Explanation label,
            String question,
            String questionLanguage,
            String guidance,
            String guidanceLanguage,
            boolean mandatory,
            String status,
            String narrative,
            String measures,
            String legislation,
            String language,
            boolean carriedOver,
            Instant updatedAt,
            String updatedBy,
            String assignedTo,
            boolean editable,
            List<AttachmentView> attachments,
            List<CitationView> citations)
            implements java.io.Serializable {}

    /** A file attached to an answer; downloaded from the API by its id. */
    public record AttachmentView(
            Long id,
            Long questionId,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt)
            implements java.io.Serializable {

        public static AttachmentView of(ReturnAttachment a) {
            return new AttachmentView(
                    a.id(),
                    a.question().id(),
                    a.fileName(),
                    a.mediaType(),
                    a.size(),
                    a.sha256(),
                    a.uploadedBy(),
                    a.uploadedAt());
        }
    }

    /**
     * A library document cited by an answer. {@code toComplete}: described by the State in a return and not yet
     * completed and published by the secretariat (so not linked for the public).
     */
    public record CitationView(
            Long documentId,
            Long questionId,
            String title,
            Integer year,
            String country,
            boolean published,
            boolean toComplete,
            String citedBy,
            Instant citedAt)
            implements java.io.Serializable {

        public static CitationView of(AnswerCitation c) {
            LibraryDocument d = c.document();
            return new CitationView(
                    d.id(),
                    c.question().id(),
                    d.titleOriginal(),
                    d.year(),
                    d.country(),
                    d.published(),
                    d.describedInReturnBy(d.country()),
                    c.citedBy(),
                    c.citedAt());
        }
    }

    /** The files and library citations of a return's answers, by question id; loaded beside the return. */
    public record Evidence(Map<Long, List<AttachmentView>> attachments, Map<Long, List<CitationView>> citations) {

        public static final Evidence NONE = new Evidence(Map.of(), Map.of());

        public static Evidence of(List<ReturnAttachment> attachments, List<AnswerCitation> citations) {
            Map<Long, List<AttachmentView>> files = new LinkedHashMap<>();
            attachments.forEach(a -> files.computeIfAbsent(a.question().id(), k -> new ArrayList<>())
                    .add(AttachmentView.of(a)));
            Map<Long, List<CitationView>> cited = new LinkedHashMap<>();
            citations.forEach(c -> cited.computeIfAbsent(c.question().id(), k -> new ArrayList<>())
                    .add(CitationView.of(c)));
            return new Evidence(files, cited);
        }
    }

    public record VersionRef(int number, Instant submittedAt, String submittedBy, boolean onTime)
            implements java.io.Serializable {}

    public record Comment(int versionNumber, Integer questionPosition, String author, String body, Instant writtenAt)
            implements java.io.Serializable {}

    /**
     * The return for a reader of that language (questions and guidance in it where the cycle has them) with what the
     * reader may do: {@code editable} whether they may change anything now, each answer whether they may change it.
     */
    public static ReturnView of(ImplementationReturn r, Evidence evidence, UnLanguage reader, ReturnAccess access) {
        boolean open = r.status().editableByState();
        ReportingCycle cycle = r.cycle();
        Map<Long, List<Question>> bySection = new LinkedHashMap<>();
        Map<Long, Resolution> resolutions = new LinkedHashMap<>();
        for (Resolution resolution : cycle.resolutions()) {
            bySection.put(resolution.id(), new ArrayList<>());
            resolutions.put(resolution.id(), resolution);
        }
        bySection.put(null, new ArrayList<>());
        for (Question q : cycle.questions()) {
            Long key = q.resolution() == null ? null : q.resolution().id();
            bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
            if (q.resolution() != null) {
                resolutions.putIfAbsent(key, q.resolution());
            }
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((key, questions) -> {
            if (questions.isEmpty()) {
                return;
            }
            Resolution resolution = key == null ? null : resolutions.get(key);
            List<AnswerView> answers = questions.stream()
                    .map(q -> {
                        var answer = r.findAnswer(q);
                        AnswerContent c = r.contentFor(q);
                        Passage question = q.textIn(reader);
                        Passage guidance = q.guidanceIn(reader);
                        return new AnswerView(
                                q.id(),
                                q.position(),
                                q.paragraphNumber(),
                                q.labelExplanation(),
                                question.text(),
                                question.language().code(),
                                guidance == null ? null : guidance.text(),
                                guidance == null ? null : guidance.language().code(),
                                q.mandatory(),
                                c.status() == null ? null : c.status().name(),
                                c.narrative(),
                                c.measures(),
                                c.legislation(),
                                c.language(),
                                answer.map(a -> a.carriedOver()).orElse(false),
                                answer.map(a -> a.updatedAt()).orElse(null),
                                answer.map(a -> a.updatedBy()).orElse(null),
                                r.assigneeOf(q).orElse(null),
                                open && access.mayEdit(r, q),
                                List.copyOf(evidence.attachments().getOrDefault(q.id(), List.of())),
                                List.copyOf(evidence.citations().getOrDefault(q.id(), List.of())));
                    })
                    .toList();
            sections.add(new Section(
                    key,
                    resolution == null ? null : Question.resolutionLabel(resolution),
                    resolution == null || resolution.namedByTitle() ? null : resolution.title(),
                    (int) r.answeredAmong(questions),
                    questions.size(),
                    answers));
        });
        return new ReturnView(
                r.id(),
                cycle.id(),
                cycle.titleIn(reader).text(),
                cycle.status().name(),
                r.stateIso3(),
                r.status().name(),
                open && access.mayChange(r),
                open && access.mayManage(r),
                access.mayManage(r) && r.status() != ReturnStatus.ACCEPTED,
                r.status() == ReturnStatus.AWAITING_CLEARANCE && access.mayClear(r),
                r.clearanceRequestedBy(),
                r.version(),
                cycle.deadlineFor(r.stateIso3()),
                r.onTime(),
                r.updatedAt(),
                r.updatedBy(),
                r.firstSubmittedAt(),
                r.lastSubmittedAt(),
                sections,
                r.status().editableByState() ? r.problemExplanations() : List.of(),
                r.versions().stream().map(ReturnView::versionRef).toList(),
                r.comments().stream().map(ReturnView::comment).toList());
    }

    private static VersionRef versionRef(ReturnVersion v) {
        return new VersionRef(v.number(), v.submittedAt(), v.submittedBy(), v.onTime());
    }

    private static Comment comment(ReviewComment c) {
        return new Comment(c.versionNumber(), c.questionPosition(), c.author(), c.body(), c.writtenAt());
    }
}
