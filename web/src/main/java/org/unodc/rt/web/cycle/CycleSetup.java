package org.unodc.rt.web.cycle;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.unodc.rt.application.cycle.CycleLifecycle;
import org.unodc.rt.application.cycle.CyclePlanning;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.application.cycle.CycleView;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.StatusMatrix;
import org.unodc.rt.domain.returns.Completeness;
import org.unodc.rt.web.common.Messages;

/**
 * One cycle for the secretariat: the questionnaire (editable until published), publishing, opening, closing,
 * deadline extensions, and the completeness dashboard with the matrix of States and questions.
 */
@Named
@ViewScoped
public class CycleSetup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CycleService cycles;

    @Inject
    transient CyclePlanning planning;

    @Inject
    transient CycleLifecycle lifecycle;

    @Inject
    transient ReturnQueries returns;

    private Long id;
    private CycleView cycle;
    private Completeness completeness;
    private StatusMatrix matrix;

    private Long editedQuestion;
    private String questionText;
    private String guidance;
    private boolean mandatory;

    private String extensionState;
    private LocalDate extendedTo;

    public void load() {
        if (cycle == null && id != null) {
            show(cycles.questionnaire(id));
        }
    }

    private void show(CycleView view) {
        cycle = view;
        completeness = returns.completeness(view.id());
        matrix = returns.matrix(view.id());
    }

    public void edit(CycleView.QuestionView question) {
        editedQuestion = question.id();
        questionText = question.text();
        guidance = question.guidance();
        mandatory = question.mandatory();
    }

    public void newQuestion() {
        editedQuestion = null;
        questionText = null;
        guidance = null;
        mandatory = false;
    }

    public void saveQuestion() {
        show(
                editedQuestion == null
                        ? planning.addQuestion(
                                id, new CyclePlanning.NewQuestion(null, questionText, guidance, mandatory))
                        : planning.editQuestion(id, editedQuestion, questionText, guidance, mandatory));
        newQuestion();
        Messages.info("cycle.questionSaved");
    }

    public void removeQuestion(Long questionId) {
        show(planning.removeQuestion(id, questionId));
        Messages.info("cycle.questionRemoved");
    }

    public void publish() {
        show(lifecycle.publish(id));
        Messages.info("cycle.published");
    }

    public void open() {
        show(lifecycle.open(id));
        Messages.info("cycle.opened");
    }

    public void close() {
        show(lifecycle.close(id));
        Messages.info("cycle.closed");
    }

    public void extend() {
        show(lifecycle.extendDeadline(id, extensionState, extendedTo));
        Messages.info("cycle.extended");
    }

    public boolean isDraft() {
        return cycle != null && "DRAFT".equals(cycle.status());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CycleView getCycle() {
        return cycle;
    }

    public Completeness getCompleteness() {
        return completeness;
    }

    public StatusMatrix getMatrix() {
        return matrix;
    }

    public Long getEditedQuestion() {
        return editedQuestion;
    }

    public String getQuestionText() {
        return questionText;
    }

    public void setQuestionText(String questionText) {
        this.questionText = questionText;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getExtensionState() {
        return extensionState;
    }

    public void setExtensionState(String extensionState) {
        this.extensionState = extensionState;
    }

    public LocalDate getExtendedTo() {
        return extendedTo;
    }

    public void setExtendedTo(LocalDate extendedTo) {
        this.extendedTo = extendedTo;
    }
}
