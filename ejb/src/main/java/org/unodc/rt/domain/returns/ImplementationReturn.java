package org.unodc.rt.domain.returns;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.library.LibraryDocument;

/**
 * One Member State's return in one reporting cycle. The State writes a draft, submits it with a declaration that
 * the competent national authority cleared it, and may be asked to clarify; every submission is kept as an immutable
 * {@link ReturnVersion}. Accepting locks the return. The version number detects two people saving at once.
 */
@Entity
@Table(name = "state_return")
public class ImplementationReturn {

    /** What the State declares when it submits. */
    public static final String DECLARATION =
            "This return has been cleared by the competent national authority for submission to the secretariat.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private ReportingCycle cycle;

    @Column(name = "state_iso3", length = 3, nullable = false)
    private String stateIso3;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private ReturnStatus status;

    @OneToMany(mappedBy = "implementationReturn", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Answer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "implementationReturn", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ReturnVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "implementationReturn", cascade = CascadeType.ALL)
    @OrderBy("writtenAt, id")
    private List<ReviewComment> comments = new ArrayList<>();

    /** Which contributor of the State answers which question, as the focal point assigned them. */
    @ElementCollection
    @CollectionTable(name = "return_assignment", joinColumns = @JoinColumn(name = "return_id"))
    @MapKeyJoinColumn(name = "question_id")
    @Column(name = "username", length = 100, nullable = false)
    private Map<Question, String> assignments = new LinkedHashMap<>();

    /** The focal point who asked for clearance, while the return awaits it; null otherwise. */
    @Column(name = "clearance_requested_by", length = 100)
    private String clearanceRequestedBy;

    @Column(name = "clearance_requested_at")
    private Instant clearanceRequestedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;

    /** Whether the first submission arrived by the State's deadline; null until submitted. */
    @Column(name = "on_time")
    private Boolean onTime;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    /** What the State allowed the public to read once the return is accepted; chosen at each submission. */
    @Column(name = "publish_statuses", nullable = false)
    private boolean publishStatuses = Publication.DEFAULT.statuses();

    @Column(name = "publish_narratives", nullable = false)
    private boolean publishNarratives = Publication.DEFAULT.narratives();

    @Version
    private int version;

    protected ImplementationReturn() {}

    /** A State starts its return once the cycle is open. */
    public ImplementationReturn(ReportingCycle cycle, String stateIso3, String user, Instant now) {
        if (cycle.status() != CycleStatus.OPEN) {
            throw new RuleViolation(
                    Explanation.of("return.startOnlyOpen", cycle.status().explanation()));
        }
        this.cycle = cycle;
        this.stateIso3 = Objects.requireNonNull(stateIso3, "stateIso3");
        this.status = ReturnStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = user;
    }

    /** Saves what the State typed; a question left out keeps its answer. Returns whether anything changed. */
    public boolean saveDraft(Map<Question, AnswerContent> changes, String user, Instant now) {
        requireEditable();
        boolean changed = false;
        for (Map.Entry<Question, AnswerContent> change : changes.entrySet()) {
            changed |= answerFor(change.getKey()).change(change.getValue(), false, user, now);
        }
        if (changed) {
            touch(user, now);
        }
        return changed;
    }

    /**
     * Starts from the State's accepted answers of the previous cycle on the same questions, marked as carried over
     * until someone changes them. Only questions still unanswered are filled.
     */
    public int carryOver(Map<Question, AnswerContent> previous, String user, Instant now) {
        requireEditable();
        int carried = 0;
        for (Map.Entry<Question, AnswerContent> entry : previous.entrySet()) {
            Answer answer = answerFor(entry.getKey());
            if (answer.content().isEmpty() && !entry.getValue().isEmpty()) {
                answer.change(entry.getValue(), true, user, now);
                carried++;
            }
        }
        if (carried > 0) {
            touch(user, now);
        }
        return carried;
    }

    /**
     * What {@link #carryOver} starts from: for each question of this return, the answer the State gave to the same
     * question (same resolution and paragraph, or the same wording for the secretariat's own questions) in the latest
     * of its accepted returns that answered it.
     *
     * @param accepted the State's accepted returns of earlier cycles, the latest first
     */
    public Map<Question, AnswerContent> answersCarriedFrom(List<ImplementationReturn> accepted) {
        Map<Question, AnswerContent> previous = new LinkedHashMap<>();
        for (Question question : cycle.questions()) {
            accepted.stream()
                    .map(old -> old.acceptedAnswerTo(question))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(content -> previous.put(question, content));
        }
        return previous;
    }

    /** This accepted return's answer to the question of its cycle that asks what {@code later} asks, if not empty. */
    private Optional<AnswerContent> acceptedAnswerTo(Question later) {
        return cycle.questions().stream()
                .filter(q -> sameQuestion(q, later))
                .findFirst()
                .flatMap(q -> latestVersion().answerTo(q.position()))
                .map(AnswerSnapshot::content)
                .filter(content -> !content.isEmpty());
    }

    private static boolean sameQuestion(Question old, Question current) {
        if (old.resolution() != null && current.resolution() != null && old.paragraphNumber() != null) {
            return old.resolution().id().equals(current.resolution().id())
                    && old.paragraphNumber().equals(current.paragraphNumber());
        }
        return old.resolution() == null
                && current.resolution() == null
                && old.text().equals(current.text());
    }

    /** The rules a return must meet to be submitted, one message per broken rule naming the question (English). */
    public List<String> problems() {
        return problemExplanations().stream().map(Explanation::english).toList();
    }

    /** {@link #problems()} as explanations, to be told in the reader's language. */
    public List<Explanation> problemExplanations() {
        List<Explanation> problems = new ArrayList<>();
        for (Question question : cycle.questions()) {
            AnswerContent content = findAnswer(question).map(Answer::content).orElse(AnswerContent.EMPTY);
            if (content.status() == null) {
                if (question.mandatory()) {
                    problems.add(Explanation.of("return.problem.mandatory", question.labelExplanation()));
                } else if (content.narrative() != null || content.measures() != null) {
                    problems.add(Explanation.of("return.problem.statusMissing", question.labelExplanation()));
                }
            } else if (content.status().needsNarrative() && content.narrative() == null) {
                problems.add(Explanation.of("return.problem.narrativeMissing", question.labelExplanation()));
            }
        }
        return problems;
    }

    /**
     * Submits the return with the declaration that the competent national authority cleared it. Keeps the
     * submission as an immutable version and makes the return read-only for the State.
     */
    public ReturnVersion submit(boolean declared, String user, Clock clock) {
        return submit(declared, Publication.DEFAULT, user, clock);
    }

    /** Submits, with what the State allows the public to read once the return is accepted. */
    public ReturnVersion submit(boolean declared, Publication publication, String user, Clock clock) {
        requireEditable();
        requireSubmittable(declared);
        return send(publication, user, clock);
    }

    /**
     * For a State that requires clearance: the submitting focal point asks for it instead of submitting. The return
     * is checked as for a submission, becomes read-only and waits for another focal point of the State to clear it
     * ({@link #clear}) or send it back ({@link #sendBackFromClearance}).
     */
    public void requestClearance(boolean declared, Publication publication, String user, Instant now) {
        requireEditable();
        requireSubmittable(declared);
        publishStatuses = publication.statuses();
        publishNarratives = publication.narratives();
        clearanceRequestedBy = Objects.requireNonNull(user);
        clearanceRequestedAt = now;
        status = ReturnStatus.AWAITING_CLEARANCE;
        touch(user, now);
    }

    /** A second focal point clears the return: it goes to the secretariat as a submitted version. */
    public ReturnVersion clear(String user, Clock clock) {
        if (status != ReturnStatus.AWAITING_CLEARANCE) {
            throw new RuleViolation(Explanation.of("return.clearOnlyAwaiting", status.explanation()));
        }
        if (user.equals(clearanceRequestedBy)) {
            throw new RuleViolation(Explanation.of("return.clearanceBySomeoneElse", clearanceRequestedBy));
        }
        if (cycle.status() != CycleStatus.OPEN) {
            throw new RuleViolation(
                    Explanation.of("return.submitOnlyOpen", cycle.status().explanation()));
        }
        clearanceRequestedBy = null;
        clearanceRequestedAt = null;
        return send(publication(), user, clock);
    }

    /** A second focal point sends the return back for more work instead of clearing it. */
    public void sendBackFromClearance(String user, Instant now) {
        if (status != ReturnStatus.AWAITING_CLEARANCE) {
            throw new RuleViolation(Explanation.of("return.clearOnlyAwaiting", status.explanation()));
        }
        if (user.equals(clearanceRequestedBy)) {
            throw new RuleViolation(Explanation.of("return.clearanceBySomeoneElse", clearanceRequestedBy));
        }
        clearanceRequestedBy = null;
        clearanceRequestedAt = null;
        status = versions.isEmpty() ? ReturnStatus.DRAFT : ReturnStatus.CLARIFICATION_REQUESTED;
        touch(user, now);
    }

    private void requireSubmittable(boolean declared) {
        if (cycle.status() != CycleStatus.OPEN) {
            throw new RuleViolation(
                    Explanation.of("return.submitOnlyOpen", cycle.status().explanation()));
        }
        List<Explanation> problems = problemExplanations();
        if (!problems.isEmpty()) {
            throw new IncompleteReturn(problems);
        }
        if (!declared) {
            throw new InvalidValue(Explanation.of("return.declarationMissing"));
        }
    }

    private ReturnVersion send(Publication publication, String user, Clock clock) {
        Instant now = Instant.now(clock);
        boolean inTime = cycle.isOnTime(stateIso3, now);
        List<AnswerSnapshot> snapshot = cycle.questions().stream()
                .map(q -> {
                    AnswerContent c = findAnswer(q).map(Answer::content).orElse(AnswerContent.EMPTY);
                    return new AnswerSnapshot(q.position(), c.status(), c.narrative(), c.measures(), c.legislation());
                })
                .toList();
        ReturnVersion submitted =
                new ReturnVersion(this, versions.size() + 1, now, user, DECLARATION, inTime, snapshot);
        versions.add(submitted);
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
            onTime = inTime;
        }
        lastSubmittedAt = now;
        publishStatuses = publication.statuses();
        publishNarratives = publication.narratives();
        status = ReturnStatus.SUBMITTED;
        touch(user, now);
        return submitted;
    }

    /** The secretariat remarks on one answer (question position) or, with null, on the whole return. */
    public ReviewComment comment(Integer questionPosition, String body, String reviewer, Instant now) {
        if (status != ReturnStatus.SUBMITTED) {
            throw new RuleViolation(Explanation.of("return.commentOnlySubmitted", status.explanation()));
        }
        if (body == null || body.isBlank()) {
            throw new InvalidValue(Explanation.of("return.commentEmpty"));
        }
        if (questionPosition != null && cycle.questions().stream().noneMatch(q -> q.position() == questionPosition)) {
            throw new InvalidValue(Explanation.of("return.noSuchQuestion", String.valueOf(questionPosition)));
        }
        ReviewComment comment =
                new ReviewComment(this, latestVersion().number(), questionPosition, reviewer, body.strip(), now);
        comments.add(comment);
        touch(reviewer, now);
        return comment;
    }

    /** Sends the return back to the State with the comments made on the current version. */
    public void requestClarification(String reviewer, Instant now) {
        if (status != ReturnStatus.SUBMITTED) {
            throw new RuleViolation(Explanation.of("return.clarificationOnlySubmitted", status.explanation()));
        }
        int current = latestVersion().number();
        if (comments.stream().noneMatch(c -> c.versionNumber() == current)) {
            throw new RuleViolation(Explanation.of("return.clarificationNeedsComment"));
        }
        status = ReturnStatus.CLARIFICATION_REQUESTED;
        reviewedAt = now;
        reviewedBy = reviewer;
        touch(reviewer, now);
    }

    /** Accepts the submitted version; the return is locked from then on. */
    public void accept(String reviewer, Instant now) {
        if (status != ReturnStatus.SUBMITTED) {
            throw new RuleViolation(Explanation.of("return.acceptOnlySubmitted", status.explanation()));
        }
        status = ReturnStatus.ACCEPTED;
        reviewedAt = now;
        reviewedBy = reviewer;
        touch(reviewer, now);
    }

    public Publication publication() {
        return new Publication(publishStatuses, publishNarratives);
    }

    /**
     * The accepted return's answers on resolution paragraphs as {@code reader} may read them: the public only what the
     * State allowed to be published, and nothing of a return not accepted yet; the secretariat everything accepted.
     * The one place where the publication choice is applied.
     */
    public List<PublishedAnswer> answersReadBy(Reader reader) {
        if (status != ReturnStatus.ACCEPTED || versions.isEmpty()) {
            return List.of();
        }
        boolean everything = reader == Reader.SECRETARIAT;
        if (!everything && !publishStatuses && !publishNarratives) {
            return List.of();
        }
        ReturnVersion accepted = latestVersion();
        List<PublishedAnswer> published = new ArrayList<>();
        for (Question question : cycle.questions()) {
            if (question.resolution() == null || question.paragraphNumber() == null) {
                continue;
            }
            accepted.answerTo(question.position())
                    .filter(a -> a.status() != null)
                    .ifPresent(a -> published.add(new PublishedAnswer(
                            question.resolution().id(),
                            Question.resolutionLabel(question.resolution()),
                            question.paragraphNumber(),
                            everything || publishStatuses ? a.status() : null,
                            everything || publishNarratives ? a.narrative() : null)));
        }
        return published;
    }

    /** Who reads a return's answers: the public, or the secretariat that sees everything. */
    public enum Reader {
        PUBLIC,
        SECRETARIAT
    }

    /** False when the caller worked on an older version: someone else saved meanwhile. */
    public boolean isAt(int expectedVersion) {
        return version == expectedVersion;
    }

    /**
     * The focal point gives the answer to a question to a contributor of the State (whether the person is one is the
     * service's to check against the accounts); null takes the question back. Returns whether anything changed.
     */
    public boolean assign(Question question, String username) {
        if (status == ReturnStatus.ACCEPTED) {
            throw new RuleViolation(Explanation.of("return.readOnly", status.explanation()));
        }
        Question own = ownQuestion(question);
        if (username == null) {
            return assignments.remove(own) != null;
        }
        return !username.equals(assignments.put(own, username));
    }

    /** The contributor who answers the question, if the focal point assigned it. */
    public Optional<String> assigneeOf(Question question) {
        return assignments.entrySet().stream()
                .filter(e -> e.getKey().is(question))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The contributors who answer questions of this return: the ones its e-mails concern. */
    public java.util.Set<String> assignees() {
        return java.util.Set.copyOf(assignments.values());
    }

    /** Question id to the user name of its contributor. */
    public Map<Long, String> assignmentsById() {
        Map<Long, String> byId = new LinkedHashMap<>();
        assignments.forEach((q, user) -> byId.put(q.id(), user));
        return byId;
    }

    /** The questions whose answer {@code changes} would actually change: what the caller must be allowed to edit. */
    public List<Question> questionsChangedBy(Map<Question, AnswerContent> changes) {
        return changes.entrySet().stream()
                .filter(e -> !e.getValue().sameAs(contentFor(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Attaches a file to the answer to a question, while the return is editable by the State. The file must be of an
     * accepted type and size ({@link AttachmentPolicy}), judged by the type detected from its content. Attaching
     * leaves the answers and the return's version alone, so it never makes someone's concurrent save conflict.
     */
    public ReturnAttachment attach(
            Question question,
            String fileName,
            String detectedType,
            long size,
            String sha256,
            String storageKey,
            String user,
            Instant now) {
        requireEditable();
        requireOwnQuestion(question);
        String mediaType = AttachmentPolicy.check(fileName, detectedType, size);
        return new ReturnAttachment(this, question, fileName, mediaType, size, sha256, storageKey, user, now);
    }

    /** The State takes an attachment off its return, while the return is editable by it. */
    public void detach(ReturnAttachment attachment) {
        requireEditable();
        requireMine(attachment.implementationReturn());
    }

    /**
     * Cites a library document as legislation for the answer to a question. A published document can be cited by
     * anyone; an unpublished one only by the State that described it in a return (the secretariat completes it).
     */
    public AnswerCitation cite(Question question, LibraryDocument document, String user, Instant now) {
        requireEditable();
        requireOwnQuestion(question);
        if (!mayCite(document)) {
            throw new InvalidValue(Explanation.of("library.noSuchDocument", String.valueOf(document.id())));
        }
        return new AnswerCitation(this, question, document, user, now);
    }

    /** Whether the State may cite a document: a published one, or an unpublished one it described itself. */
    public boolean mayCite(LibraryDocument document) {
        return document.published() || document.describedInReturnBy(stateIso3);
    }

    /** The State withdraws a citation, while the return is editable by it. */
    public void uncite(AnswerCitation citation) {
        requireEditable();
        requireMine(citation.implementationReturn());
    }

    public VersionComparison compare(int fromNumber, int toNumber) {
        return VersionComparison.between(cycle.questions(), version(fromNumber), version(toNumber));
    }

    public ReturnVersion version(int number) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new InvalidValue(
                        Explanation.of("return.noSuchVersion", String.valueOf(number), versions.size())));
    }

    public ReturnVersion latestVersion() {
        if (versions.isEmpty()) {
            throw new RuleViolation(Explanation.of("return.notSubmitted"));
        }
        return versions.get(versions.size() - 1);
    }

    public Optional<Answer> findAnswer(Question question) {
        return answers.stream().filter(a -> a.question().is(question)).findFirst();
    }

    public AnswerContent contentFor(Question question) {
        return findAnswer(question).map(Answer::content).orElse(AnswerContent.EMPTY);
    }

    /** Answered questions of one section out of all of them, for the per-section progress. */
    public long answeredAmong(List<Question> questions) {
        return questions.stream().filter(q -> contentFor(q).status() != null).count();
    }

    public List<ReviewComment> commentsOn(Integer questionPosition) {
        return comments.stream()
                .filter(c -> Objects.equals(c.questionPosition(), questionPosition))
                .toList();
    }

    private Answer answerFor(Question question) {
        requireOwnQuestion(question);
        return findAnswer(question).orElseGet(() -> {
            Answer answer = new Answer(this, question);
            answers.add(answer);
            return answer;
        });
    }

    private void requireOwnQuestion(Question question) {
        ownQuestion(question);
    }

    private Question ownQuestion(Question question) {
        return cycle.questions().stream()
                .filter(q -> q.is(question))
                .findFirst()
                .orElseThrow(() -> new InvalidValue(Explanation.of("return.questionElsewhere")));
    }

    private void requireMine(ImplementationReturn other) {
        if (other != this && (id == null || !id.equals(other.id()))) {
            throw new InvalidValue(Explanation.of("return.notThisReturn"));
        }
    }

    /** Throws the rule that makes a submitted or accepted return read-only for the State. */
    public void requireEditableByState() {
        requireEditable();
    }

    private void requireEditable() {
        if (!status.editableByState()) {
            throw new RuleViolation(
                    status == ReturnStatus.SUBMITTED
                            ? Explanation.of("return.readOnlyUntilClarification", status.explanation())
                            : Explanation.of("return.readOnly", status.explanation()));
        }
    }

    private void touch(String user, Instant now) {
        // Changing the return itself (not only its answers) increments the version, so concurrent saves conflict.
        this.updatedBy = user;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public ReportingCycle cycle() {
        return cycle;
    }

    public String stateIso3() {
        return stateIso3;
    }

    public ReturnStatus status() {
        return status;
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public List<ReturnVersion> versions() {
        return List.copyOf(versions);
    }

    public List<ReviewComment> comments() {
        return List.copyOf(comments);
    }

    public String clearanceRequestedBy() {
        return clearanceRequestedBy;
    }

    public Instant clearanceRequestedAt() {
        return clearanceRequestedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant lastSubmittedAt() {
        return lastSubmittedAt;
    }

    public Boolean onTime() {
        return onTime;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public int version() {
        return version;
    }
}
