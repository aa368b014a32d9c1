package org.unodc.rt.application.returns;

import static org.unodc.rt.domain.account.Role.ADMIN_NAME;
import static org.unodc.rt.domain.account.Role.CONTRIBUTOR_NAME;
import static org.unodc.rt.domain.account.Role.FOCAL_POINT_NAME;
import static org.unodc.rt.domain.account.Role.OBSERVER_NAME;
import static org.unodc.rt.domain.account.Role.SECRETARIAT_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.AuditRefusals;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.library.DocumentReader;
import org.unodc.rt.application.library.LibraryCataloguing;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.returns.AnswerCitation;
import org.unodc.rt.domain.returns.AttachmentPolicy;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnAttachment;
import org.unodc.rt.domain.returns.ReturnEvent;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.infrastructure.files.AttachmentFiles;
import org.unodc.rt.infrastructure.files.StagedUpload;

/**
 * The evidence behind a State's answers: files attached to them and library documents cited as legislation. The
 * State's focal points add and remove it while the return is editable; whoever may read the return reads it.
 */
@Stateless
@AuditRefusals
// Every role that may read a return; which return, and what more, ReturnAccess decides. Methods narrow it.
@RolesAllowed({SECRETARIAT_NAME, ADMIN_NAME, FOCAL_POINT_NAME, CONTRIBUTOR_NAME, OBSERVER_NAME})
public class ReturnEvidence {

    @Inject
    Event<Audited> events;

    @Inject
    Returns returns;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    CallerReturns reach;

    /** Writes the probes that are answered as if nothing was there, in a transaction of their own. */
    @Inject
    AuditLog audit;

    @Inject
    LibraryDocuments library;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    DocumentReader reader;

    @Inject
    LibraryCataloguing cataloguing;

    /**
     * Attaches a file to the answer to a question. The content's type is detected from its bytes and must be one of
     * {@link AttachmentPolicy#ACCEPTED_TEXT}; a PDF, DOCX or ODT is then read as a library upload is (zip bombs,
     * JavaScript …). The upload is staged beside the return's files and moved to its key only once accepted; a
     * refused one is deleted at once, a kept one again if the transaction does not commit.
     */
    @RolesAllowed({FOCAL_POINT_NAME, CONTRIBUTOR_NAME})
    public ReturnView.AttachmentView attach(
            @NotNull Long returnId, @NotNull Long questionId, String fileName, @NotNull InputStream content) {
        ImplementationReturn aReturn = reach.answerChangeable(returnId, questionId, "ATTACHMENT_UPLOAD");
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
            Path stored = AttachmentFiles.path(returnId, attachment.storageKey());
            deleteAfter(stored, false);
            upload.keepAs(stored);
            returns.add(attachment);
            events.fire(new ReturnEvent.AttachmentUploaded(
                    returnId,
                    question.label(),
                    attachment.id(),
                    attachment.fileName(),
                    attachment.mediaType(),
                    attachment.size(),
                    attachment.sha256()));
            return ReturnView.AttachmentView.of(attachment);
        }
    }

    /** An attached file for those who may see the return: the State's focal points and the secretariat. */
    public AttachmentDownload attachment(@NotNull Long returnId, @NotNull Long attachmentId) {
        ImplementationReturn aReturn = reach.readable(returnId, "ATTACHMENT_READ");
        ReturnAttachment attachment = attachmentOf(aReturn, attachmentId, "ATTACHMENT_READ");
        return new AttachmentDownload(
                ReturnView.AttachmentView.of(attachment), AttachmentFiles.path(aReturn.id(), attachment.storageKey()));
    }

    /** The State removes an attachment while the return is editable; the file goes once the removal commits. */
    @RolesAllowed({FOCAL_POINT_NAME, CONTRIBUTOR_NAME})
    public void removeAttachment(@NotNull Long returnId, @NotNull Long attachmentId) {
        ImplementationReturn aReturn = reach.changeable(returnId, "ATTACHMENT_REMOVE");
        ReturnAttachment attachment = attachmentOf(aReturn, attachmentId, "ATTACHMENT_REMOVE");
        reach.requireEditable(aReturn, List.of(attachment.question()), "ATTACHMENT_REMOVE");
        aReturn.detach(attachment);
        returns.remove(attachment);
        deleteAfter(AttachmentFiles.path(aReturn.id(), attachment.storageKey()), true);
        events.fire(new ReturnEvent.AttachmentRemoved(
                returnId, attachment.question().label(), attachmentId, attachment.fileName()));
    }

    /** The attachments of one answer, oldest first. */
    public List<ReturnView.AttachmentView> attachments(@NotNull Long returnId, @NotNull Long questionId) {
        ImplementationReturn aReturn = reach.readable(returnId, "RETURN_READ");
        return returns.attachmentsOf(aReturn).stream()
                .filter(a -> a.question().id().equals(questionId))
                .map(ReturnView.AttachmentView::of)
                .toList();
    }

    /** The library citations of one answer. */
    public List<ReturnView.CitationView> citations(@NotNull Long returnId, @NotNull Long questionId) {
        return citationsOf(reach.readable(returnId, "RETURN_READ"), questionId);
    }

    /**
     * Cites a library document as legislation for an answer: any published document, or a text the State described
     * itself. Citing the same document twice changes nothing. Returns the answer's citations.
     */
    @RolesAllowed({FOCAL_POINT_NAME, CONTRIBUTOR_NAME})
    public List<ReturnView.CitationView> cite(
            @NotNull Long returnId, @NotNull Long questionId, @NotNull Long documentId) {
        ImplementationReturn aReturn = reach.answerChangeable(returnId, questionId, "CITATION_ADD");
        Question question = aReturn.cycle().question(questionId);
        LibraryDocument document = library.find(documentId)
                .orElseThrow(() ->
                        new NotFoundException(Explanation.of("library.noSuchDocument", String.valueOf(documentId))));
        boolean already = returns.citationsOf(aReturn).stream()
                .anyMatch(c -> c.question().is(question) && c.document().id().equals(documentId));
        if (!already) {
            if (!aReturn.mayCite(document)) {
                // Another State's unpublished text: audited, and answered as a missing one (404, the same words), so
                // the caller learns nothing about texts it may not see.
                audit.refused(
                        ReturnEvent.attempt(
                                "CITATION_ADD",
                                returnId,
                                question.label() + ": unpublished library document " + documentId + " of "
                                        + document.country()),
                        AuditEvent.Outcome.DENIED);
                throw new NotFoundException(Explanation.of("library.noSuchDocument", String.valueOf(documentId)));
            }
            returns.add(aReturn.cite(question, document, caller.name(), Instant.now(clock)));
            events.fire(new ReturnEvent.Cited(returnId, question.label(), documentId, document.titleOriginal()));
        }
        return citationsOf(aReturn, questionId);
    }

    @RolesAllowed({FOCAL_POINT_NAME, CONTRIBUTOR_NAME})
    public List<ReturnView.CitationView> uncite(
            @NotNull Long returnId, @NotNull Long questionId, @NotNull Long documentId) {
        ImplementationReturn aReturn = reach.answerChangeable(returnId, questionId, "CITATION_REMOVE");
        Question question = aReturn.cycle().question(questionId);
        AnswerCitation citation = returns.citationsOf(aReturn).stream()
                .filter(c -> c.question().is(question) && c.document().id().equals(documentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Explanation.of(
                        "return.citationNotFound", question.labelExplanation(), String.valueOf(documentId))));
        aReturn.uncite(citation);
        returns.remove(citation);
        events.fire(new ReturnEvent.CitationRemoved(
                returnId, question.label(), documentId, citation.document().titleOriginal()));
        return citationsOf(aReturn, questionId);
    }

    /**
     * "Describe a new text": a law the library does not have yet becomes an unpublished library entry of the State
     * for the secretariat to complete, and is cited by the answer at once.
     */
    @RolesAllowed({FOCAL_POINT_NAME, CONTRIBUTOR_NAME})
    public List<ReturnView.CitationView> describeAndCite(
            @NotNull Long returnId, @NotNull Long questionId, String title, Integer year, String sourceUrl) {
        ImplementationReturn aReturn = reach.answerChangeable(returnId, questionId, "CITATION_ADD");
        // Checked before the library entry is made, so a read-only return leaves no stray entry behind.
        aReturn.cycle().question(questionId);
        aReturn.requireEditableByState();
        LibraryDocument described = cataloguing.describeNewText(title, year, sourceUrl);
        return cite(returnId, questionId, described.id());
    }

    /**
     * Library documents a focal point can cite whose title contains the words typed: the State's own published
     * documents first, then those of other States and international ones; also the texts the State described itself.
     */
    @RolesAllowed({FOCAL_POINT_NAME, CONTRIBUTOR_NAME})
    public List<CitableDocument> citable(String typed, int max) {
        String iso3 = reach.myState();
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(max, 50));
        return returns.titledLike(typed, iso3, limit * 2).stream()
                .filter(d -> d.published() || d.describedInReturnBy(iso3))
                .limit(limit)
                .map(CitableDocument::of)
                .toList();
    }

    private List<ReturnView.CitationView> citationsOf(ImplementationReturn aReturn, Long questionId) {
        return returns.citationsOf(aReturn).stream()
                .filter(c -> c.question().id().equals(questionId))
                .map(ReturnView.CitationView::of)
                .toList();
    }

    /**
     * An attachment of the return. One of a return the caller may not read, asked for through a return it may, is a
     * probe: written to the audit trail, and answered exactly like an attachment that does not exist.
     */
    private ReturnAttachment attachmentOf(ImplementationReturn aReturn, Long attachmentId, String action) {
        ReturnAttachment attachment = returns.findAttachment(attachmentId).orElse(null);
        if (attachment == null || !attachment.implementationReturn().id().equals(aReturn.id())) {
            if (attachment != null && !reach.mayRead(attachment.implementationReturn())) {
                ImplementationReturn other = attachment.implementationReturn();
                audit.refused(
                        ReturnEvent.attempt(
                                action,
                                aReturn.id(),
                                "attachment " + attachmentId + " of return " + other.id() + " of " + other.stateIso3()
                                        + ", asked for through this return"),
                        AuditEvent.Outcome.DENIED);
            }
            throw new NotFoundException(Explanation.of(
                    "return.attachmentNotFound", String.valueOf(aReturn.id()), String.valueOf(attachmentId)));
        }
        return attachment;
    }

    /**
     * Deletes a file once the transaction ends: an upload stored before its row when the transaction does not commit
     * ({@code onCommit} false); a removed attachment's file only when the removal commits ({@code onCommit} true).
     */
    private void deleteAfter(Path file, boolean onCommit) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == onCommit) {
                    AttachmentFiles.delete(file);
                }
            }
        });
    }
}
