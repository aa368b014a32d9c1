package org.unodc.rt.application.returns;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.application.library.DocumentReader;
import org.unodc.rt.application.library.LibraryService;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.returns.AnswerCitation;
import org.unodc.rt.domain.returns.AnswerContent;
import org.unodc.rt.domain.returns.AttachmentPolicy;
import org.unodc.rt.domain.returns.Completeness;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnAccess;
import org.unodc.rt.domain.returns.ReturnAttachment;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.ReturnVersion;
import org.unodc.rt.domain.returns.VersionComparison;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.files.AttachmentFiles;
import org.unodc.rt.infrastructure.files.StagedUpload;

/**
 * Focal points fill in and submit their own State's return; the secretariat reviews. Every change is written to the
 * audit trail, and every attempt on another State's return is refused and logged, in pages and API alike.
 */
@Stateless
public class ReturnService {

    static final String RETURN = "Return";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    @Inject
    CycleService cycles;

    @Inject
    LibraryService library;

    @Inject
    DocumentReader reader;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The caller's State's return in a cycle; started as an empty draft the first time it is asked for. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public ReturnView myReturn(@NotNull Long cycleId) {
        String iso3 = myState();
        ReportingCycle cycle = cycles.getVisibleCycle(cycleId);
        Optional<ImplementationReturn> existing = findReturn(cycleId, iso3);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        // Two sessions of the same State opening the cycle at once: the cycle's row lock lets one start the return
        // and the other find it.
        em.refresh(cycle, LockModeType.PESSIMISTIC_WRITE);
        existing = findReturn(cycleId, iso3);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        ImplementationReturn started = new ImplementationReturn(cycle, iso3, caller.name(), Instant.now(clock));
        em.persist(started);
        em.flush();
        audit.done(
                caller.name(), "RETURN_STARTED", RETURN, String.valueOf(started.id()), iso3 + " in cycle " + cycleId);
        return view(started);
    }

    /** The id of the caller's State's return in a cycle, if it has been started. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public Optional<Long> findMyReturnId(@NotNull Long cycleId) {
        return findReturn(cycleId, myState()).map(ImplementationReturn::id);
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public ReturnView getReturn(@NotNull Long returnId) {
        return view(accessible(returnId, "RETURN_READ"));
    }

    /**
     * Saves a draft on top of the version the caller loaded. If someone else saved in between, nothing is saved and
     * the caller gets both versions.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public ReturnView saveDraft(
            @NotNull Long returnId, int expectedVersion, @NotNull List<@Valid AnswerInput> answers) {
        ImplementationReturn aReturn = accessibleForUpdate(returnId, "RETURN_SAVE");
        if (!aReturn.isAt(expectedVersion)) {
            audit.failed(
                    caller.name(),
                    "RETURN_SAVE",
                    RETURN,
                    String.valueOf(returnId),
                    "edit conflict: saved on version " + expectedVersion + ", current " + aReturn.version());
            throw new EditConflictException(answers, view(aReturn));
        }
        Map<Question, AnswerContent> changes = new LinkedHashMap<>();
        for (AnswerInput input : answers) {
            changes.put(aReturn.cycle().question(input.questionId()), input.content());
        }
        boolean changed = aReturn.saveDraft(changes, caller.name(), Instant.now(clock));
        if (changed) {
            // The return itself changed (updatedAt), so the flush increments its version for the next save.
            em.flush();
            audit.done(caller.name(), "RETURN_SAVED", RETURN, String.valueOf(returnId), describe(changes));
        }
        return view(aReturn);
    }

    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public ReturnView submit(@NotNull Long returnId, boolean declaration) {
        ImplementationReturn aReturn = accessibleForUpdate(returnId, "RETURN_SUBMIT");
        ReturnVersion version = aReturn.submit(declaration, caller.name(), clock);
        em.flush();
        audit.done(
                caller.name(),
                "RETURN_SUBMITTED",
                RETURN,
                String.valueOf(returnId),
                "version " + version.number() + (version.onTime() ? ", on time" : ", late"));
        return view(aReturn);
    }

    /**
     * Fills the unanswered questions from the State's accepted answers of the previous cycle on the same resolution
     * and paragraph (or the same wording, for the secretariat's own questions), marked as carried over.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public ReturnView carryOver(@NotNull Long returnId) {
        ImplementationReturn aReturn = accessibleForUpdate(returnId, "RETURN_CARRY_OVER");
        List<ImplementationReturn> accepted = em.createQuery(
                        "select r from ImplementationReturn r where r.stateIso3 = :s and r.status = :accepted"
                                + " and r.cycle <> :c order by r.reviewedAt desc",
                        ImplementationReturn.class)
                .setParameter("s", aReturn.stateIso3())
                .setParameter("accepted", ReturnStatus.ACCEPTED)
                .setParameter("c", aReturn.cycle())
                .getResultList();
        Map<Question, AnswerContent> previous = new LinkedHashMap<>();
        for (Question question : aReturn.cycle().questions()) {
            for (ImplementationReturn old : accepted) {
                Optional<AnswerContent> match = old.cycle().questions().stream()
                        .filter(q -> sameQuestion(q, question))
                        .findFirst()
                        .flatMap(q -> old.latestVersion().answerTo(q.position()))
                        .map(s -> s.content());
                if (match.isPresent() && !match.get().isEmpty()) {
                    previous.put(question, match.get());
                    break;
                }
            }
        }
        int carried = aReturn.carryOver(previous, caller.name(), Instant.now(clock));
        if (carried > 0) {
            // The return itself changed (updatedAt), so the flush increments its version for the next save.
            em.flush();
            audit.done(caller.name(), "RETURN_CARRIED_OVER", RETURN, String.valueOf(returnId), carried + " answers");
        }
        return view(aReturn);
    }

    /**
     * Attaches a file to the answer to a question. The content's type is detected from its bytes and must be one of
     * {@link AttachmentPolicy#ACCEPTED_TEXT}; a PDF, DOCX or ODT is then read as a library upload is (zip bombs,
     * JavaScript …). The upload is staged beside the return's files and moved to its key only once accepted; a
     * refused one is deleted at once, a kept one again if the transaction does not commit.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public ReturnView.AttachmentView attach(
            @NotNull Long returnId, @NotNull Long questionId, String fileName, @NotNull InputStream content) {
        ImplementationReturn aReturn = changeable(returnId, "ATTACHMENT_UPLOAD");
        Question question = aReturn.cycle().question(questionId);
        try (StagedUpload upload = AttachmentFiles.receive(returnId, content, AttachmentPolicy.MAX_BYTES)) {
            ReturnAttachment attachment = aReturn.attach(
                    question,
                    fileName,
                    upload.detectedType(),
                    upload.size(),
                    upload.sha256(),
                    AttachmentFiles.newStorageKey(),
                    caller.name(),
                    Instant.now(clock));
            reader.checkAttachment(upload.path(), fileName, attachment.mediaType());
            java.nio.file.Path stored = AttachmentFiles.path(returnId, attachment.storageKey());
            deleteUnlessCommitted(stored);
            upload.keepAs(stored);
            em.persist(attachment);
            em.flush();
            audit.done(
                    caller.name(),
                    "ATTACHMENT_UPLOADED",
                    RETURN,
                    String.valueOf(returnId),
                    question.label() + ": " + attachment.fileName() + " (" + attachment.mediaType() + ", "
                            + attachment.size() + " bytes, sha-256 " + attachment.sha256() + ", attachment "
                            + attachment.id() + ")");
            return ReturnView.AttachmentView.of(attachment);
        }
    }

    /** An attached file for those who may see the return: the State's focal points and the secretariat. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public AttachmentDownload attachment(@NotNull Long returnId, @NotNull Long attachmentId) {
        ImplementationReturn aReturn = accessible(returnId, "ATTACHMENT_READ");
        ReturnAttachment attachment = getAttachment(aReturn, attachmentId, "ATTACHMENT_READ");
        return new AttachmentDownload(
                ReturnView.AttachmentView.of(attachment), AttachmentFiles.path(aReturn.id(), attachment.storageKey()));
    }

    /** The State removes an attachment while the return is editable; the file goes once the removal commits. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public void removeAttachment(@NotNull Long returnId, @NotNull Long attachmentId) {
        ImplementationReturn aReturn = changeable(returnId, "ATTACHMENT_REMOVE");
        ReturnAttachment attachment = getAttachment(aReturn, attachmentId, "ATTACHMENT_REMOVE");
        aReturn.detach(attachment);
        em.remove(attachment);
        em.flush();
        deleteOnCommit(AttachmentFiles.path(aReturn.id(), attachment.storageKey()));
        audit.done(
                caller.name(),
                "ATTACHMENT_REMOVED",
                RETURN,
                String.valueOf(returnId),
                attachment.question().label() + ": " + attachment.fileName() + " (attachment " + attachmentId + ")");
    }

    /** The attachments of one answer, oldest first. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public List<ReturnView.AttachmentView> attachments(@NotNull Long returnId, @NotNull Long questionId) {
        ImplementationReturn aReturn = accessible(returnId, "RETURN_READ");
        return attachmentsOf(aReturn).stream()
                .filter(a -> a.question().id().equals(questionId))
                .map(ReturnView.AttachmentView::of)
                .toList();
    }

    /** The library citations of one answer. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public List<ReturnView.CitationView> citations(@NotNull Long returnId, @NotNull Long questionId) {
        ImplementationReturn aReturn = accessible(returnId, "RETURN_READ");
        return citationsOf(aReturn).stream()
                .filter(c -> c.question().id().equals(questionId))
                .map(ReturnView.CitationView::of)
                .toList();
    }

    /**
     * Cites a library document as legislation for an answer: any published document, or a text the State described
     * itself. Citing the same document twice changes nothing. Returns the answer's citations.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public List<ReturnView.CitationView> cite(
            @NotNull Long returnId, @NotNull Long questionId, @NotNull Long documentId) {
        ImplementationReturn aReturn = changeable(returnId, "CITATION_ADD");
        Question question = aReturn.cycle().question(questionId);
        LibraryDocument document = em.find(LibraryDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException(Explanation.of("library.noSuchDocument", String.valueOf(documentId)));
        }
        boolean already = citationsOf(aReturn).stream()
                .anyMatch(c -> c.question().is(question) && c.document().id().equals(documentId));
        if (!already) {
            if (!aReturn.mayCite(document)) {
                // Another State's unpublished text: refused below in the words for a missing one, and audited.
                audit.denied(
                        caller.name(),
                        "CITATION_ADD",
                        RETURN,
                        String.valueOf(returnId),
                        question.label() + ": unpublished library document " + documentId + " of "
                                + document.country());
            }
            em.persist(aReturn.cite(question, document, caller.name(), Instant.now(clock)));
            em.flush();
            audit.done(
                    caller.name(),
                    "CITATION_ADDED",
                    RETURN,
                    String.valueOf(returnId),
                    question.label() + ": library document " + documentId + " (" + document.titleOriginal() + ")");
        }
        return citations(returnId, questionId);
    }

    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public List<ReturnView.CitationView> uncite(
            @NotNull Long returnId, @NotNull Long questionId, @NotNull Long documentId) {
        ImplementationReturn aReturn = changeable(returnId, "CITATION_REMOVE");
        Question question = aReturn.cycle().question(questionId);
        AnswerCitation citation = citationsOf(aReturn).stream()
                .filter(c -> c.question().is(question) && c.document().id().equals(documentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Explanation.of(
                        "return.citationNotFound", question.labelExplanation(), String.valueOf(documentId))));
        aReturn.uncite(citation);
        em.remove(citation);
        em.flush();
        audit.done(
                caller.name(),
                "CITATION_REMOVED",
                RETURN,
                String.valueOf(returnId),
                question.label() + ": library document " + documentId + " ("
                        + citation.document().titleOriginal() + ")");
        return citations(returnId, questionId);
    }

    /**
     * "Describe a new text": a law the library does not have yet becomes an unpublished library entry of the State
     * for the secretariat to complete, and is cited by the answer at once.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public List<ReturnView.CitationView> describeAndCite(
            @NotNull Long returnId, @NotNull Long questionId, String title, Integer year, String sourceUrl) {
        ImplementationReturn aReturn = changeable(returnId, "CITATION_ADD");
        // Checked before the library entry is made, so a read-only return leaves no stray entry behind.
        aReturn.cycle().question(questionId);
        aReturn.requireEditableByState();
        LibraryDocument described = library.describeNewText(title, year, sourceUrl);
        return cite(returnId, questionId, described.id());
    }

    /**
     * Library documents a focal point can cite whose title contains the words typed: the State's own published
     * documents first, then those of other States and international ones; also the texts the State described itself.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public List<CitableDocument> citable(String typed, int max) {
        String iso3 = myState();
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String pattern = "%"
                + typed.strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("%", "")
                        .replace("_", "") + "%";
        List<LibraryDocument> found = em.createQuery(
                        "select d from LibraryDocument d where (d.published = true or d.country = :s)"
                                + " and (lower(d.titleOriginal) like :p or lower(d.titleEnglish) like :p)"
                                + " order by case when d.country = :s then 0 else 1 end, d.year desc, d.id",
                        LibraryDocument.class)
                .setParameter("s", iso3)
                .setParameter("p", pattern)
                .setMaxResults(Math.max(1, Math.min(max, 50)) * 2)
                .getResultList();
        return found.stream()
                .filter(d -> d.published() || d.describedInReturnBy(iso3))
                .limit(Math.max(1, Math.min(max, 50)))
                .map(CitableDocument::of)
                .toList();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public ReturnView comment(@NotNull Long returnId, Integer questionPosition, String body) {
        ImplementationReturn aReturn = getReturnEntity(returnId, LockModeType.PESSIMISTIC_WRITE);
        aReturn.comment(questionPosition, body, caller.name(), Instant.now(clock));
        em.flush();
        audit.done(
                caller.name(),
                "RETURN_COMMENTED",
                RETURN,
                String.valueOf(returnId),
                (questionPosition == null ? "whole return" : "question " + questionPosition) + ": " + body);
        return view(aReturn);
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public ReturnView requestClarification(@NotNull Long returnId) {
        ImplementationReturn aReturn = getReturnEntity(returnId, LockModeType.PESSIMISTIC_WRITE);
        aReturn.requestClarification(caller.name(), Instant.now(clock));
        em.flush();
        audit.done(
                caller.name(),
                "RETURN_CLARIFICATION_REQUESTED",
                RETURN,
                String.valueOf(returnId),
                "version " + aReturn.latestVersion().number());
        return view(aReturn);
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public ReturnView accept(@NotNull Long returnId) {
        ImplementationReturn aReturn = getReturnEntity(returnId, LockModeType.PESSIMISTIC_WRITE);
        aReturn.accept(caller.name(), Instant.now(clock));
        em.flush();
        audit.done(
                caller.name(),
                "RETURN_ACCEPTED",
                RETURN,
                String.valueOf(returnId),
                "version " + aReturn.latestVersion().number());
        return view(aReturn);
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public VersionComparison compare(@NotNull Long returnId, int from, int to) {
        return accessible(returnId, "RETURN_COMPARE").compare(from, to);
    }

    /** The review queue: returns of a cycle (or all), filtered by status and regional group. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<ReturnSummary> queue(Long cycleId, ReturnStatus status, RegionalGroup group) {
        StringBuilder jpql =
                new StringBuilder("select r, s from ImplementationReturn r, MemberState s where s.iso3 = r.stateIso3");
        if (cycleId != null) {
            jpql.append(" and r.cycle.id = :cycle");
        }
        if (status != null) {
            jpql.append(" and r.status = :status");
        }
        if (group != null) {
            jpql.append(" and s.regionalGroup = :group");
        }
        jpql.append(" order by r.lastSubmittedAt, s.nameEn");
        var query = em.createQuery(jpql.toString(), Object[].class);
        if (cycleId != null) {
            query.setParameter("cycle", cycleId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (group != null) {
            query.setParameter("group", group);
        }
        return query.getResultList().stream()
                .map(row -> summary((ImplementationReturn) row[0], (MemberState) row[1]))
                .toList();
    }

    /** A focal point's dashboard: every cycle published to States, with the State's return in it, if started. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public List<ReturnSummary> myDashboard() {
        String iso3 = myState();
        MemberState state = em.find(MemberState.class, iso3);
        Map<Long, ImplementationReturn> mine = em
                .createQuery("select r from ImplementationReturn r where r.stateIso3 = :s", ImplementationReturn.class)
                .setParameter("s", iso3)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(r -> r.cycle().id(), r -> r));
        return em
                .createQuery(
                        "select c from ReportingCycle c where c.status <> :draft order by c.deadline desc, c.id desc",
                        ReportingCycle.class)
                .setParameter("draft", CycleStatus.DRAFT)
                .getResultList()
                .stream()
                .map(c -> {
                    ImplementationReturn r = mine.get(c.id());
                    return r != null
                            ? summary(r, state)
                            : new ReturnSummary(
                                    null,
                                    c.id(),
                                    c.title(),
                                    c.status().name(),
                                    iso3,
                                    state.name(UnLanguage.EN),
                                    state.regionalGroup().name(),
                                    null,
                                    c.deadlineFor(iso3),
                                    null,
                                    null,
                                    0);
                })
                .toList();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Completeness completeness(@NotNull Long cycleId) {
        cycles.getCycle(cycleId);
        return completenessOf(cycleId);
    }

    /** One cycle's progress as the public sees it: how many States of each regional group have reported. */
    public record PublicProgress(String title, LocalDate deadline, CycleStatus status, Completeness completeness) {}

    /**
     * Aggregated progress of the cycles open or closed (never a draft), newest deadline first: counts per regional
     * group only, nothing about any one State's return.
     */
    @PermitAll
    public List<PublicProgress> publicProgress(int count) {
        return em
                .createQuery(
                        "select c from ReportingCycle c where c.status in :shown order by c.deadline desc, c.id desc",
                        ReportingCycle.class)
                .setParameter("shown", List.of(CycleStatus.OPEN, CycleStatus.CLOSED))
                .setMaxResults(count)
                .getResultList()
                .stream()
                .map(c -> new PublicProgress(c.title(), c.deadline(), c.status(), completenessOf(c.id())))
                .toList();
    }

    private Completeness completenessOf(Long cycleId) {
        Map<String, RegionalGroup> expected = new LinkedHashMap<>();
        em.createQuery("select s from MemberState s order by s.iso3", MemberState.class)
                .getResultList()
                .forEach(s -> expected.put(s.iso3(), s.regionalGroup()));
        List<Completeness.StateReturnLine> lines = em
                .createQuery("select r from ImplementationReturn r where r.cycle.id = :c", ImplementationReturn.class)
                .setParameter("c", cycleId)
                .getResultList()
                .stream()
                .map(r -> new Completeness.StateReturnLine(r.stateIso3(), r.status(), r.onTime()))
                .toList();
        return Completeness.of(expected, lines);
    }

    /** States × questions: the implementation status each State reported in its latest submitted version. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public StatusMatrix matrix(@NotNull Long cycleId) {
        ReportingCycle cycle = cycles.getCycle(cycleId);
        List<StatusMatrix.Row> rows = em
                .createQuery(
                        "select r, s from ImplementationReturn r, MemberState s where s.iso3 = r.stateIso3"
                                + " and r.cycle.id = :c and r.status <> :draft order by s.nameEn",
                        Object[].class)
                .setParameter("c", cycleId)
                .setParameter("draft", ReturnStatus.DRAFT)
                .getResultList()
                .stream()
                .map(row -> {
                    ImplementationReturn r = (ImplementationReturn) row[0];
                    MemberState s = (MemberState) row[1];
                    ReturnVersion latest = r.latestVersion();
                    List<String> statuses = cycle.questions().stream()
                            .map(q -> latest.answerTo(q.position())
                                    .map(a -> a.status() == null
                                            ? null
                                            : a.status().name())
                                    .orElse(null))
                            .toList();
                    return new StatusMatrix.Row(
                            s.iso3(), s.name(UnLanguage.EN), s.regionalGroup().name(), statuses);
                })
                .toList();
        return new StatusMatrix(cycle.questions().stream().map(Question::label).toList(), rows);
    }

    /** The audit trail of one return, for the secretariat. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<org.unodc.rt.domain.audit.AuditEvent> history(@NotNull Long returnId) {
        return em.createQuery(
                        "select e from AuditEvent e where e.targetType = :t and e.targetId = :id"
                                + " order by e.occurredAt, e.id",
                        org.unodc.rt.domain.audit.AuditEvent.class)
                .setParameter("t", RETURN)
                .setParameter("id", String.valueOf(returnId))
                .getResultList();
    }

    /**
     * The isolation rule: staff reach every return, a focal point only its own State's. A refused attempt is
     * written to the audit trail and answered as if the caller had no right to it.
     */
    private ImplementationReturn accessible(Long returnId, String action) {
        return accessible(getReturnEntity(returnId, LockModeType.NONE), action);
    }

    /**
     * The return, locked for this transaction: saves, submissions and reviews of one return happen one after the
     * other, so a save made on a version that another save has just replaced is told of the conflict (with both
     * versions) instead of failing on the database's optimistic check.
     */
    private ImplementationReturn accessibleForUpdate(Long returnId, String action) {
        return accessible(getReturnEntity(returnId, LockModeType.PESSIMISTIC_WRITE), action);
    }

    private ImplementationReturn accessible(ImplementationReturn aReturn, String action) {
        Long returnId = aReturn.id();
        Optional<String> mine = caller.focalPointState();
        if (callerAccess().mayRead(aReturn)) {
            return aReturn;
        }
        audit.denied(
                caller.name(),
                action,
                RETURN,
                String.valueOf(returnId),
                "return of " + aReturn.stateIso3() + "; caller reports for " + mine.orElse("no State"));
        throw new AccessDeniedException(
                mine.isPresent()
                        ? Explanation.of("return.otherState", mine.get())
                        : Explanation.of("return.otherStateNoState"));
    }

    private ReturnAccess callerAccess() {
        return caller.isStaff()
                ? ReturnAccess.staffMember()
                : ReturnAccess.focalPointOf(caller.focalPointState().orElse(null));
    }

    /** A return the caller may change: its own State's (the secretariat reviews, it does not edit). */
    private ImplementationReturn changeable(Long returnId, String action) {
        ImplementationReturn aReturn = accessible(returnId, action);
        Optional<String> mine = caller.focalPointState();
        if (!ReturnAccess.focalPointOf(mine.orElse(null)).mayChange(aReturn)) {
            audit.denied(caller.name(), action, RETURN, String.valueOf(returnId), "only the State changes its return");
            throw new AccessDeniedException(Explanation.of("return.onlyFocalPointsChange"));
        }
        return aReturn;
    }

    /** The return as pages and the API show it, with the attachments and citations of its answers. */
    private ReturnView view(ImplementationReturn aReturn) {
        return ReturnView.of(aReturn, ReturnView.Evidence.of(attachmentsOf(aReturn), citationsOf(aReturn)));
    }

    private List<ReturnAttachment> attachmentsOf(ImplementationReturn aReturn) {
        return em.createQuery(
                        "select a from ReturnAttachment a join fetch a.question where a.implementationReturn = :r"
                                + " order by a.uploadedAt, a.id",
                        ReturnAttachment.class)
                .setParameter("r", aReturn)
                .getResultList();
    }

    private List<AnswerCitation> citationsOf(ImplementationReturn aReturn) {
        return em.createQuery(
                        "select c from AnswerCitation c join fetch c.question join fetch c.document"
                                + " where c.implementationReturn = :r order by c.citedAt, c.id",
                        AnswerCitation.class)
                .setParameter("r", aReturn)
                .getResultList();
    }

    /**
     * An attachment of the return. One of a return the caller may not read, asked for through a return it may, is a
     * probe: written to the audit trail, and answered exactly like an attachment that does not exist.
     */
    private ReturnAttachment getAttachment(ImplementationReturn aReturn, Long attachmentId, String action) {
        ReturnAttachment attachment = em.find(ReturnAttachment.class, attachmentId);
        if (attachment == null || !attachment.implementationReturn().id().equals(aReturn.id())) {
            if (attachment != null && !callerAccess().mayRead(attachment.implementationReturn())) {
                ImplementationReturn other = attachment.implementationReturn();
                audit.denied(
                        caller.name(),
                        action,
                        RETURN,
                        String.valueOf(aReturn.id()),
                        "attachment " + attachmentId + " of return " + other.id() + " of " + other.stateIso3()
                                + ", asked for through this return");
            }
            throw new NotFoundException(Explanation.of(
                    "return.attachmentNotFound", String.valueOf(aReturn.id()), String.valueOf(attachmentId)));
        }
        return attachment;
    }

    /** An upload stored before the database row: removed again if the transaction does not commit. */
    private void deleteUnlessCommitted(java.nio.file.Path file) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    AttachmentFiles.delete(file);
                }
            }
        });
    }

    /** A removed attachment's file goes only once the removal is committed; a rollback keeps it. */
    private void deleteOnCommit(java.nio.file.Path file) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    AttachmentFiles.delete(file);
                }
            }
        });
    }

    private ImplementationReturn getReturnEntity(Long returnId, LockModeType lock) {
        ImplementationReturn aReturn = em.find(ImplementationReturn.class, returnId, lock);
        if (aReturn == null) {
            throw new NotFoundException(Explanation.of("return.notFound", String.valueOf(returnId)));
        }
        return aReturn;
    }

    private Optional<ImplementationReturn> findReturn(Long cycleId, String iso3) {
        return em.createQuery(
                        "select r from ImplementationReturn r where r.cycle.id = :c and r.stateIso3 = :s",
                        ImplementationReturn.class)
                .setParameter("c", cycleId)
                .setParameter("s", iso3)
                .getResultStream()
                .findFirst();
    }

    private String myState() {
        return caller.focalPointState().orElseThrow(() -> new AccessDeniedException(Explanation.of("account.noState")));
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

    private static ReturnSummary summary(ImplementationReturn r, MemberState s) {
        ReportingCycle c = r.cycle();
        return new ReturnSummary(
                r.id(),
                c.id(),
                c.title(),
                c.status().name(),
                s.iso3(),
                s.name(UnLanguage.EN),
                s.regionalGroup().name(),
                r.status().name(),
                c.deadlineFor(s.iso3()),
                r.onTime(),
                r.lastSubmittedAt(),
                r.versions().size());
    }

    private static String describe(Map<Question, AnswerContent> changes) {
        return changes.entrySet().stream()
                .map(e -> e.getKey().label() + ": "
                        + (e.getValue().status() == null
                                ? "no status"
                                : e.getValue().status())
                        + (e.getValue().narrative() == null
                                ? ""
                                : ", narrative of " + e.getValue().narrative().length() + " characters"))
                .collect(Collectors.joining("; "));
    }
}
