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
import org.primefaces.PrimeFaces;
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
    ReturnDrafting drafting;

    @Inject
    ReturnEvidence evidence;

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

    /**
     * What the last action has to say, and where: next to the question whose field was saved ({@code "q" + id}),
     * its citations ({@code "c" + id}) or files ({@code "f" + id}), the save button ({@code "save"}), the declaration
     * ({@code "declaration"}), the submit panel ({@code "submit"}) or the top of the page ({@code "page"}). One
     * message, near its cause, instead of a toast far from the button.
     *
     * @param focus whether the page moves the focus to it (a refusal the person must act on)
     */
    public record Feedback(String place, boolean error, boolean focus, String text) implements java.io.Serializable {}

    private Feedback feedback;

    /** A question's state as the table of contents and the submit checklist show it. */
    public enum QuestionState {
        ANSWERED,
        /** Mandatory and without a status. */
        MISSING,
        /** A status that must be explained, without a narrative; or text without a status. */
        INCOMPLETE,
        OPEN
    }

    /** f:viewAction: loads the State's return in the cycle, if started; opening the page never starts it. */
    public void load() {
        if (view == null && cycleId != null) {
            drafting.findMyReturn(cycleId).ifPresent(this::show);
        }
    }

    /** "Start the return" (a focal point): starts the State's return and opens it. */
    public String start() {
        drafting.startMyReturn(cycleId);
        return "/focal/return?faces-redirect=true&cycle=" + cycleId;
    }

    /** A second focal point clears the return: it goes to the secretariat. */
    public void clear() {
        show(drafting.clear(view.id()));
        feedback = new Feedback("page", false, true, Messages.text("clearance.cleared"));
    }

    /** A second focal point sends the return back for more work. */
    public void refuseClearance() {
        show(drafting.refuseClearance(view.id()));
        feedback = new Feedback("page", false, true, Messages.text("clearance.sentBack"));
    }

    /** The save button and the periodic autosave: saves everything in the form; says so beside the button. */
    public void save() {
        saveAt("save");
    }

    /** Autosave of a field of one question: saves everything in the form and says so beside that question. */
    public void saveFrom(Long questionId) {
        saveAt("q" + questionId);
    }

    /** Saves everything in the form on top of the loaded version; {@code place} is where the outcome is told. */
    private boolean saveAt(String place) {
        List<AnswerInput> inputs = inputs();
        try {
            show(drafting.saveDraft(view.id(), view.version(), inputs));
            confirmedSaves++;
            feedback = new Feedback(place, false, false, Messages.text("return.saved"));
            return true;
        } catch (EditConflict conflict) {
            // Not an error to report but a situation to resolve: keep what was typed, show both versions.
            theirs = conflict.theirs(ReturnView.class);
            yours = inputs;
            feedback = new Feedback(place, true, false, Messages.text("return.conflictHere"));
            return false;
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
        feedback = new Feedback("page", false, true, Messages.text("return.tookTheirs"));
    }

    public void carryOver() {
        if (saveAt("save")) {
            show(drafting.carryOver(view.id()));
            feedback = new Feedback("page", false, true, Messages.text("return.carriedOverDone"));
        }
    }

    /**
     * "Submit the return": saves, then says at its place what still stops the submission (the checklist, the
     * declaration); when nothing does, the page asks for confirmation before {@link #submit()} does what cannot be
     * undone.
     */
    public void prepareSubmit() {
        if (!saveAt("save")) {
            return;
        }
        if (!getChecklist().isEmpty()) {
            feedback = new Feedback("submit", true, true, Messages.text("return.submitBlocked"));
        } else if (!declaration) {
            feedback = new Feedback("declaration", true, true, Messages.text("return.declarationRequired"));
        } else {
            feedback = null;
            PrimeFaces.current().ajax().addCallbackParam("confirmSubmit", true);
        }
    }

    /** The confirmation's "Submit": saves and submits; the return becomes read-only for the State. */
    public void submit() {
        if (saveAt("save")) {
            show(drafting.submit(view.id(), declaration, new Publication(publishStatuses, publishNarratives)));
            boolean awaitingClearance = "AWAITING_CLEARANCE".equals(view.status());
            feedback = new Feedback(
                    "page", false, true, Messages.text(awaitingClearance ? "clearance.requested" : "return.submitted"));
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
        feedback = new Feedback("f" + questionId, false, false, Messages.text("return.attached", file.getFileName()));
    }

    public void removeAttachment(Long questionId, Long attachmentId) {
        evidence.removeAttachment(view.id(), attachmentId);
        attachments.put(questionId, evidence.attachments(view.id(), questionId));
        feedback = new Feedback("f" + questionId, false, false, Messages.text("return.attachmentRemoved"));
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
            feedback = new Feedback("c" + questionId, false, false, Messages.text("return.cited"));
        }
        answer.pick = null;
    }

    public void uncite(Long questionId, Long documentId) {
        citations.put(questionId, evidence.uncite(view.id(), questionId, documentId));
        feedback = new Feedback("c" + questionId, false, false, Messages.text("return.citationRemoved"));
    }

    /** "Describe a new text": the law becomes a library entry for the secretariat to complete, and is cited. */
    public void describeNewText(Long questionId) {
        Editable answer = answers.get(questionId);
        Integer year = null;
        if (answer.newYear != null && !answer.newYear.isBlank()) {
            if (!answer.newYear.strip().matches("\\d{4}")) {
                feedback = new Feedback("c" + questionId, true, true, Messages.text("return.newYearInvalid"));
                return;
            }
            year = Integer.valueOf(answer.newYear.strip());
        }
        citations.put(
                questionId, evidence.describeAndCite(view.id(), questionId, answer.newTitle, year, answer.newUrl));
        answer.newTitle = null;
        answer.newYear = null;
        answer.newUrl = null;
        feedback = new Feedback("c" + questionId, false, false, Messages.text("return.described"));
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

    /** What the last action said at {@code place}, or null. */
    public Feedback feedback(String place) {
        return feedback != null && feedback.place().equals(place) ? feedback : null;
    }

    /** What the last action said about one question: {@code kind} "q" (its answer), "c" (citations), "f" (files). */
    public Feedback feedback(String kind, Long questionId) {
        return feedback(kind + questionId);
    }

    /** The state of a question's answer as last saved. */
    public QuestionState state(ReturnView.AnswerView a) {
        if (a.status() == null) {
            if (a.mandatory()) {
                return QuestionState.MISSING;
            }
            return a.narrative() != null || a.measures() != null ? QuestionState.INCOMPLETE : QuestionState.OPEN;
        }
        return ImplementationStatus.valueOf(a.status()).needsNarrative() && a.narrative() == null
                ? QuestionState.INCOMPLETE
                : QuestionState.ANSWERED;
    }

    /** Whether the secretariat commented on this question (in any version). */
    public boolean commented(ReturnView.AnswerView a) {
        return view.comments().stream().anyMatch(c -> Objects.equals(c.questionPosition(), a.position()));
    }

    /** The questions answered, over the whole return. */
    public int getAnswered() {
        return view.sections().stream().mapToInt(ReturnView.Section::answered).sum();
    }

    public int getTotal() {
        return view.sections().stream().mapToInt(ReturnView.Section::total).sum();
    }

    /** The answers that stop the submission, in the order of the page: the submit panel's checklist. */
    public List<ReturnView.AnswerView> getChecklist() {
        return view.sections().stream()
                .flatMap(s -> s.answers().stream())
                .filter(a -> state(a) == QuestionState.MISSING || state(a) == QuestionState.INCOMPLETE)
                .toList();
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

    /** What the form sends: the answers the caller may change (a contributor's own), never the read-only ones. */
    private List<AnswerInput> inputs() {
        java.util.Set<Long> editable = new java.util.HashSet<>();
        view.sections().forEach(s -> s.answers().stream()
                .filter(ReturnView.AnswerView::editable)
                .forEach(a -> editable.add(a.questionId())));
        return new ArrayList<>(answers.values().stream()
                .filter(e -> editable.contains(e.questionId))
                .map(Editable::input)
                .toList());
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
