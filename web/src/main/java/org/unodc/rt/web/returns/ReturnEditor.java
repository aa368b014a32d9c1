package org.unodc.rt.web.returns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.unodc.rt.application.EditConflict;
import org.unodc.rt.application.returns.AnswerInput;
import org.unodc.rt.application.returns.CitableDocument;
import org.unodc.rt.application.returns.ReturnDrafting;
import org.unodc.rt.application.returns.ReturnEvidence;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.domain.returns.AttachmentPolicy;
import org.unodc.rt.domain.returns.ImplementationStatus;
import org.unodc.rt.domain.returns.Publication;
import org.unodc.rt.web.common.Messages;

/**
 * The return editor: one section per resolution, one answer per question. Saves on every change (autosave) and on
 * demand, always on top of the version it loaded; when someone else saved in between, it keeps what was typed and
 * shows both versions.
 */
@Named
@ViewScoped
public class ReturnEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the form edits for one question. */
    public static class Editable implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long questionId;
        private ImplementationStatus status;
        private String narrative;
        private String measures;
        private String legislation;

        /**
         * The answer's language as last saved, or as the focal point says it now. Sent with every save, so once an
         * answer has a language it keeps it until the focal point says another; an answer without one (no text yet)
         * gets the language the server reads from its first text.
         */
        private String language;

        Editable(ReturnView.AnswerView answer) {
            this.questionId = answer.questionId();
            this.status = answer.status() == null ? null : ImplementationStatus.valueOf(answer.status());
            this.narrative = answer.narrative();
            this.measures = answer.measures();
            this.legislation = answer.legislation();
            this.language = answer.language();
        }

        /** The library document picked in the autocomplete, cited at once and then cleared. */
        private CitableDocument pick;

        /** "Describe a new text": what the State knows of a law the library does not have yet. */
        private String newTitle;

        /** Text, not a number: a mistyped year must not block the autosave of the whole form. */
        private String newYear;

        private String newUrl;

        AnswerInput input() {
            return new AnswerInput(questionId, status, narrative, measures, legislation, language);
        }

        public CitableDocument getPick() {
            return pick;
        }

        public void setPick(CitableDocument pick) {
            this.pick = pick;
        }

        public String getNewTitle() {
            return newTitle;
        }

        public void setNewTitle(String newTitle) {
            this.newTitle = newTitle;
        }

        public String getNewYear() {
            return newYear;
        }

        public void setNewYear(String newYear) {
            this.newYear = newYear;
        }

        public String getNewUrl() {
            return newUrl;
        }

        public void setNewUrl(String newUrl) {
            this.newUrl = newUrl;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public ImplementationStatus getStatus() {
            return status;
        }

        public void setStatus(ImplementationStatus status) {
            this.status = status;
        }

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        public String getMeasures() {
            return measures;
        }

        public void setMeasures(String measures) {
            this.measures = measures;
        }

        public String getLegislation() {
            return legislation;
        }

        public void setLegislation(String legislation) {
            this.legislation = legislation;
        }
    }

    @Inject
    transient ReturnDrafting drafting;

    @Inject
    transient ReturnEvidence evidence;

    private Long cycleId;
    private ReturnView view;
    private final Map<Long, Editable> answers = new LinkedHashMap<>();
    private ReturnView theirs;
    private List<AnswerInput> yours;
    private boolean declaration;

    /** What the State allows the public to read once the return is accepted (issue 18: profiles and progress). */
    private boolean publishStatuses = Publication.DEFAULT.statuses();

    private boolean publishNarratives = Publication.DEFAULT.narratives();
    /**
     * How many saves this view has confirmed. The page's script compares it before and after an AJAX request to
     * know that what the request carried is now stored, and only then forgets its copy kept in the browser.
     */
    private int confirmedSaves;
    /** Attachments and citations by question, kept apart from the answers so adding one never drops typed text. */
    private final Map<Long, List<ReturnView.AttachmentView>> attachments = new HashMap<>();

    private final Map<Long, List<ReturnView.CitationView>> citations = new HashMap<>();

    /** f:viewAction: loads (and on first visit starts) the State's return in the cycle. */
    public void load() {
        if (view == null && cycleId != null) {
            show(drafting.myReturn(cycleId));
        }
    }

    /** Autosave and the save button: saves everything in the form on top of the loaded version. */
    public void save() {
        List<AnswerInput> inputs = inputs();
        try {
            show(drafting.saveDraft(view.id(), view.version(), inputs));
            confirmedSaves++;
            Messages.info("return.saved");
        } catch (EditConflict conflict) {
            // Not an error to report but a situation to resolve: keep what was typed, show both versions.
            theirs = conflict.theirs(ReturnView.class);
            yours = inputs;
            Messages.error("return.conflict");
        }
    }

    /** After a conflict: save what this user typed on top of the other version. */
    public void keepMine() {
        view = theirs;
        theirs = null;
        yours = null;
        save();
    }

    /** After a conflict: drop what this user typed and take the other version. */
    public void takeTheirs() {
        show(theirs);
        Messages.info("return.tookTheirs");
    }

    public void carryOver() {
        save();
        if (theirs == null) {
            show(drafting.carryOver(view.id()));
            Messages.info("return.carriedOverDone");
        }
    }

    public void submit() {
        save();
        if (theirs == null) {
            show(drafting.submit(view.id(), declaration, new Publication(publishStatuses, publishNarratives)));
            Messages.info("return.submitted");
        }
    }

    /** p:fileUpload (one per answer, the question id in its "questionId" attribute): attaches the file. */
    public void upload(FileUploadEvent event) throws IOException {
        Long questionId = (Long) event.getComponent().getAttributes().get("questionId");
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            evidence.attach(view.id(), questionId, file.getFileName(), content);
        }
        attachments.put(questionId, evidence.attachments(view.id(), questionId));
        Messages.info("return.attached", file.getFileName());
    }

    public void removeAttachment(Long questionId, Long attachmentId) {
        evidence.removeAttachment(view.id(), attachmentId);
        attachments.put(questionId, evidence.attachments(view.id(), questionId));
        Messages.info("return.attachmentRemoved");
    }

    /** p:autoComplete: library documents the State can cite whose title contains what was typed. */
    public List<CitableDocument> completeDocument(String typed) {
        return evidence.citable(typed, 10);
    }

    /** itemSelect of the autocomplete: cites the picked document. */
    public void cite(Long questionId) {
        Editable answer = answers.get(questionId);
        if (answer.pick != null && answer.pick.id() != null) {
            citations.put(questionId, evidence.cite(view.id(), questionId, answer.pick.id()));
            Messages.info("return.cited");
        }
        answer.pick = null;
    }

    public void uncite(Long questionId, Long documentId) {
        citations.put(questionId, evidence.uncite(view.id(), questionId, documentId));
        Messages.info("return.citationRemoved");
    }

    /** "Describe a new text": the law becomes a library entry for the secretariat to complete, and is cited. */
    public void describeNewText(Long questionId) {
        Editable answer = answers.get(questionId);
        Integer year = null;
        if (answer.newYear != null && !answer.newYear.isBlank()) {
            if (!answer.newYear.strip().matches("\\d{4}")) {
                Messages.error("return.newYearInvalid");
                return;
            }
            year = Integer.valueOf(answer.newYear.strip());
        }
        citations.put(
                questionId, evidence.describeAndCite(view.id(), questionId, answer.newTitle, year, answer.newUrl));
        answer.newTitle = null;
        answer.newYear = null;
        answer.newUrl = null;
        Messages.info("return.described");
    }

    public List<ReturnView.AttachmentView> attachments(Long questionId) {
        return attachments.getOrDefault(questionId, List.of());
    }

    public List<ReturnView.CitationView> citations(Long questionId) {
        return citations.getOrDefault(questionId, List.of());
    }

    /** A file size as the list shows it: whole kilobytes, at least 1. */
    public long kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    public long getMaxAttachmentBytes() {
        return AttachmentPolicy.MAX_BYTES;
    }

    public String getAttachmentTypes() {
        return AttachmentPolicy.CLIENT_ALLOW_TYPES;
    }

    private void show(ReturnView loaded) {
        view = loaded;
        theirs = null;
        yours = null;
        answers.clear();
        attachments.clear();
        citations.clear();
        loaded.sections().forEach(s -> s.answers().forEach(a -> {
            answers.put(a.questionId(), new Editable(a));
            attachments.put(a.questionId(), a.attachments());
            citations.put(a.questionId(), a.citations());
        }));
    }

    private List<AnswerInput> inputs() {
        return new ArrayList<>(answers.values().stream().map(Editable::input).toList());
    }

    public Editable answer(Long questionId) {
        return answers.get(questionId);
    }

    /** The other person's answer to a question, shown beside this user's after a conflict. */
    public ReturnView.AnswerView theirAnswer(Long questionId) {
        return theirs == null
                ? null
                : theirs.sections().stream()
                        .flatMap(s -> s.answers().stream())
                        .filter(a -> Objects.equals(a.questionId(), questionId))
                        .findFirst()
                        .orElse(null);
    }

    /** The languages an answer can be said to be written in. */
    public org.unodc.rt.domain.state.UnLanguage[] getLanguages() {
        return org.unodc.rt.domain.state.UnLanguage.values();
    }

    public ImplementationStatus[] getStatuses() {
        return ImplementationStatus.values();
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public ReturnView getView() {
        return view;
    }

    public ReturnView getTheirs() {
        return theirs;
    }

    public boolean isConflict() {
        return theirs != null;
    }

    public List<AnswerInput> getYours() {
        return yours;
    }

    /** Where the login page sends the user back to after a session ended on this page, URL-encoded. */
    public String getReturnPath() {
        return URLEncoder.encode("/focal/return.xhtml?cycle=" + view.cycleId(), StandardCharsets.UTF_8);
    }

    public int getConfirmedSaves() {
        return confirmedSaves;
    }

    public boolean isDeclaration() {
        return declaration;
    }

    public void setDeclaration(boolean declaration) {
        this.declaration = declaration;
    }

    public boolean isPublishStatuses() {
        return publishStatuses;
    }

    public void setPublishStatuses(boolean publishStatuses) {
        this.publishStatuses = publishStatuses;
    }

    public boolean isPublishNarratives() {
        return publishNarratives;
    }

    public void setPublishNarratives(boolean publishNarratives) {
        this.publishNarratives = publishNarratives;
    }
}
