package org.unodc.rt.web.cycle;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.application.cycle.CycleLifecycle;
import org.unodc.rt.application.cycle.CyclePlanning;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.application.cycle.CycleView;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.StatusMatrix;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.QuestionTranslation;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.Completeness;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.web.common.Fmt;
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
    CycleService cycles;

    @Inject
    CyclePlanning planning;

    @Inject
    CycleLifecycle lifecycle;

    @Inject
    ReturnQueries returns;

    @Inject
    Clock clock;

    @Inject
    Fmt fmt;

    private Long id;
    private CycleView cycle;
    private Completeness completeness;
    private StatusMatrix matrix;

    private Long editedQuestion;
    private String questionText;
    private String guidance;
    private boolean mandatory;

    private UnLanguage translationLanguage;
    private String translatedText;
    private String translatedGuidance;
    private UnLanguage titleLanguage;
    private String translatedTitle;

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
        questionText = question.originalText();
        guidance = question.originalGuidance();
        mandatory = question.mandatory();
        chooseTranslation();
    }

    /** Shows the edited question's wording in the language chosen, to correct or to write. */
    public void chooseTranslation() {
        QuestionTranslation held = edited().flatMap(q -> translationLanguage == null
                        ? Optional.empty()
                        : Optional.ofNullable(q.translations().get(translationLanguage.code())))
                .orElse(null);
        translatedText = held == null ? null : held.text();
        translatedGuidance = held == null ? null : held.guidance();
    }

    public void saveTranslation() {
        if (translationLanguage == null || editedQuestion == null) {
            Messages.error("cycle.translation.chooseLanguage");
            return;
        }
        show(planning.translateQuestion(id, editedQuestion, translationLanguage, translatedText, translatedGuidance));
        Messages.info("cycle.translation.saved");
    }

    public void chooseTitleLanguage() {
        translatedTitle = null;
        if (titleLanguage != null && id != null) {
            CycleView inThatLanguage = cycles.questionnaire(id, titleLanguage);
            translatedTitle =
                    titleLanguage.code().equals(inThatLanguage.titleLanguage()) ? inThatLanguage.title() : null;
        }
    }

    public void saveTitleTranslation() {
        if (titleLanguage == null) {
            Messages.error("cycle.translation.chooseLanguage");
            return;
        }
        show(planning.translateTitle(id, titleLanguage, translatedTitle));
        Messages.info("cycle.translation.saved");
    }

    private Optional<CycleView.QuestionView> edited() {
        return cycle == null || editedQuestion == null
                ? Optional.empty()
                : cycle.questions().stream()
                        .filter(q -> q.id().equals(editedQuestion))
                        .findFirst();
    }

    /** How many texts readers of some language would still get in English, over all languages. */
    public int getMissingTotal() {
        return cycle == null
                ? 0
                : cycle.missingTranslations().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
    }

    /** The languages other than the original, each with the number of texts not yet in it. */
    public List<Map.Entry<UnLanguage, Integer>> getMissingByLanguage() {
        return cycle.missingTranslations().entrySet().stream()
                .filter(e -> !e.getKey().equals(Question.ORIGINAL.code()))
                .map(e -> Map.entry(UnLanguage.fromCode(e.getKey()).orElseThrow(), e.getValue()))
                .toList();
    }

    /** Publishing freezes the questionnaire for good; texts still missing in some language are said first. */
    public String getPublishConfirmation() {
        String freeze = Messages.text("cycle.freezeConfirm");
        return getMissingTotal() == 0
                ? freeze
                : Messages.text("cycle.translation.publishConfirm", getMissingTotal()) + " " + freeze;
    }

    /**
     * Opening e-mails every active focal point and cannot be taken back: the confirmation says to how many people,
     * and whether the cycle opens before its own opening date (Vienna time, like every date of a cycle).
     */
    public String getOpenConfirmation() {
        String mails = Messages.text("cycle.openConfirm", lifecycle.openingRecipients());
        LocalDate today = LocalDate.now(clock.withZone(ReportingCycle.VIENNA));
        return cycle.opensOn() != null && today.isBefore(cycle.opensOn())
                ? Messages.text("cycle.openEarly", fmt.date(cycle.opensOn())) + " " + mails
                : mails;
    }

    public List<UnLanguage> getTranslationLanguages() {
        return Arrays.stream(UnLanguage.values())
                .filter(l -> l != Question.ORIGINAL)
                .toList();
    }

    /** The languages a question still lacks, by their codes as the view gives them. */
    public List<UnLanguage> missingFor(CycleView.QuestionView question) {
        return question.missingTranslations().stream()
                .map(code -> UnLanguage.fromCode(code).orElseThrow())
                .toList();
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

    public UnLanguage getTranslationLanguage() {
        return translationLanguage;
    }

    public void setTranslationLanguage(UnLanguage translationLanguage) {
        this.translationLanguage = translationLanguage;
    }

    public String getTranslatedText() {
        return translatedText;
    }

    public void setTranslatedText(String translatedText) {
        this.translatedText = translatedText;
    }

    public String getTranslatedGuidance() {
        return translatedGuidance;
    }

    public void setTranslatedGuidance(String translatedGuidance) {
        this.translatedGuidance = translatedGuidance;
    }

    public UnLanguage getTitleLanguage() {
        return titleLanguage;
    }

    public void setTitleLanguage(UnLanguage titleLanguage) {
        this.titleLanguage = titleLanguage;
    }

    public String getTranslatedTitle() {
        return translatedTitle;
    }

    public void setTranslatedTitle(String translatedTitle) {
        this.translatedTitle = translatedTitle;
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
