package org.unodc.rt.domain.cycle;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.resolution.OperativeParagraph;
import org.unodc.rt.domain.resolution.Passage;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * A reporting cycle for a Commission session. The secretariat drafts the questionnaire, publishes it (which freezes
 * it), opens the cycle (States report and are told by e-mail) and closes it. Deadlines are dates in Vienna time: a
 * return is on time if it arrives before midnight in Vienna at the end of the State's deadline day.
 */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle {

    /** Deadlines are dates at the seat of the secretariat. */
    public static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private CommissionSession session;

    @Column(name = "title", length = 300, nullable = false)
    private String title;

    /** The title in other languages than the original ({@link Question#ORIGINAL}). */
    @ElementCollection
    @CollectionTable(name = "cycle_title_translation", joinColumns = @JoinColumn(name = "cycle_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "language", length = 2)
    @Column(name = "title", length = 300, nullable = false)
    private Map<UnLanguage, String> titles = new EnumMap<>(UnLanguage.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private CycleStatus status;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "reminder_days", length = 100, nullable = false)
    private String reminderDays;

    @ManyToMany
    @JoinTable(
            name = "cycle_resolution",
            joinColumns = @JoinColumn(name = "cycle_id"),
            inverseJoinColumns = @JoinColumn(name = "resolution_id"))
    @OrderBy("id")
    private List<Resolution> resolutions = new ArrayList<>();

    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "deadline_extension", joinColumns = @JoinColumn(name = "cycle_id"))
    private List<DeadlineExtension> extensions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sent_reminder", joinColumns = @JoinColumn(name = "cycle_id"))
    private List<SentReminder> sentReminders = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected ReportingCycle() {}

    public ReportingCycle(CommissionSession session, String title, LocalDate opensOn, LocalDate deadline, Instant now) {
        this.session = Objects.requireNonNull(session, "session");
        this.status = CycleStatus.DRAFT;
        this.reminderDays = ReminderSchedule.DEFAULT.asText();
        this.createdAt = Objects.requireNonNull(now);
        retitle(title);
        reschedule(opensOn, deadline);
    }

    public void retitle(String title) {
        requireDraft(Explanation.of("cycle.frozen.rename"));
        if (title == null || title.isBlank()) {
            throw new InvalidValue(Explanation.of("cycle.titleMissing"));
        }
        this.title = title.strip();
    }

    /** Sets (or, with a blank title, removes) the title in one more language than the original. */
    public void translateTitle(UnLanguage language, String translated) {
        requireDraft(Explanation.of("cycle.frozen.translate"));
        Objects.requireNonNull(language, "language");
        if (language == Question.ORIGINAL) {
            throw new InvalidValue(Explanation.of("question.originalLanguage"));
        }
        if (translated == null || translated.isBlank()) {
            titles.remove(language);
        } else if (translated.strip().length() > 300) {
            throw new InvalidValue(Explanation.of("cycle.titleTooLong", 300));
        } else {
            titles.put(language, translated.strip());
        }
    }

    /** The title to write to a reader of a language (its code, "es"): the translation, else the original. */
    public String titleFor(String languageCode) {
        return titleIn(UnLanguage.orEnglish(languageCode)).text();
    }

    /** The title in a language, or the original marked as such where it has none. */
    public Passage titleIn(UnLanguage language) {
        String translated = titles.get(language);
        if (translated != null) {
            return new Passage(translated, language, false);
        }
        return new Passage(title, Question.ORIGINAL, language != Question.ORIGINAL);
    }

    /** Words a question (or its guidance) in one more language; a blank text removes that language's wording. */
    public void translateQuestion(Question question, UnLanguage language, String text, String guidance) {
        requireDraft(Explanation.of("cycle.frozen.translate"));
        own(question).translate(language, text, guidance);
    }

    /**
     * What a reader of each language would still get in the original: the title and each question (with its
     * guidance) not yet in that language. Counted for every language, none missing included, in the UN's order.
     */
    public Map<UnLanguage, Integer> missingTranslations() {
        Map<UnLanguage, Integer> missing = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : UnLanguage.values()) {
            int count = titleIn(language).fallback() ? 1 : 0;
            for (Question question : questions) {
                if (question.missingTranslations().contains(language)) {
                    count++;
                }
            }
            missing.put(language, count);
        }
        return missing;
    }

    /** Sets the opening date and the deadline; the deadline moves for everybody only before the cycle opens. */
    public void reschedule(LocalDate opensOn, LocalDate deadline) {
        if (status == CycleStatus.OPEN || status == CycleStatus.CLOSED) {
            throw new RuleViolation(Explanation.of("cycle.datesFixed", status.explanation()));
        }
        if (opensOn == null || deadline == null) {
            throw new InvalidValue(Explanation.of("cycle.datesMissing"));
        }
        if (!deadline.isAfter(opensOn)) {
            throw new InvalidValue(
                    Explanation.of("cycle.deadlineBeforeOpening", String.valueOf(deadline), String.valueOf(opensOn)));
        }
        this.opensOn = opensOn;
        this.deadline = deadline;
    }

    public void remindOn(ReminderSchedule schedule) {
        if (status == CycleStatus.CLOSED) {
            throw new RuleViolation(Explanation.of("cycle.closed.noReminders"));
        }
        this.reminderDays = Objects.requireNonNull(schedule).asText();
    }

    /**
     * Covers a resolution: each of its operative paragraphs that directs Member States, in the opening phrase or in
     * a trailing clause, becomes a question.
     */
    public List<Question> cover(Resolution resolution) {
        requireDraft(Explanation.of("cycle.frozen.changeQuestionnaire"));
        if (resolutions.contains(resolution)) {
            throw new RuleViolation(Explanation.of("cycle.alreadyCovers", Question.resolutionLabel(resolution)));
        }
        resolutions.add(resolution);
        List<Question> generated = new ArrayList<>();
        for (OperativeParagraph paragraph : resolution.paragraphsForMemberStates()) {
            Question question = Question.fromParagraph(this, nextPosition(), paragraph);
            questions.add(question);
            generated.add(question);
        }
        return generated;
    }

    public void uncover(Resolution resolution) {
        requireDraft(Explanation.of("cycle.frozen.changeQuestionnaire"));
        resolutions.remove(resolution);
        questions.removeIf(q -> q.isOn(resolution));
        renumber();
    }

    /** A question of the secretariat's own, in the section of a covered resolution or (null) among general ones. */
    public Question addQuestion(Resolution section, String text, boolean mandatory) {
        requireDraft(Explanation.of("cycle.frozen.changeQuestionnaire"));
        if (section != null && !resolutions.contains(section)) {
            throw new InvalidValue(Explanation.of("cycle.coverFirst", Question.resolutionLabel(section)));
        }
        Question question = Question.ofSecretariat(this, nextPosition(), section, text);
        question.requireAnswer(mandatory);
        questions.add(question);
        return question;
    }

    public void rewordQuestion(Question question, String text) {
        requireDraft(Explanation.of("cycle.frozen.reword"));
        own(question).reword(text);
    }

    public void guideQuestion(Question question, String guidance) {
        requireDraft(Explanation.of("cycle.frozen.addGuidance"));
        own(question).guide(guidance);
    }

    public void markMandatory(Question question, boolean mandatory) {
        requireDraft(Explanation.of("cycle.frozen.markMandatory"));
        own(question).requireAnswer(mandatory);
    }

    public void removeQuestion(Question question) {
        requireDraft(Explanation.of("cycle.frozen.removeQuestion"));
        Question own = own(question);
        questions.removeIf(q -> q.is(own));
        renumber();
    }

    /** Freezes the questionnaire: from now on every return answers exactly these questions. */
    public void publish(Instant now) {
        requireDraft(Explanation.of("cycle.frozen.publish"));
        if (questions.isEmpty()) {
            throw new RuleViolation(Explanation.of("cycle.noQuestion"));
        }
        status = CycleStatus.PUBLISHED;
        publishedAt = now;
    }

    /** States may report from now on; the service tells their focal points. */
    public void open(Instant now) {
        if (status != CycleStatus.PUBLISHED) {
            throw new RuleViolation(Explanation.of("cycle.openOnlyPublished", status.explanation()));
        }
        status = CycleStatus.OPEN;
        openedAt = now;
    }

    public void close(Instant now) {
        if (status != CycleStatus.OPEN) {
            throw new RuleViolation(Explanation.of("cycle.closeOnlyOpen", status.explanation()));
        }
        status = CycleStatus.CLOSED;
        closedAt = now;
    }

    public boolean isOpen() {
        return status == CycleStatus.OPEN;
    }

    /** Gives one State more time; the new date must be later than the deadline it replaces. */
    public void extendDeadlineFor(String iso3, LocalDate extendedTo) {
        if (status == CycleStatus.CLOSED) {
            throw new RuleViolation(Explanation.of("cycle.closed.noExtension"));
        }
        Objects.requireNonNull(iso3, "iso3");
        LocalDate current = deadlineFor(iso3);
        if (extendedTo == null || !extendedTo.isAfter(current)) {
            throw new InvalidValue(Explanation.of(
                    "cycle.extensionTooEarly", iso3, String.valueOf(current), String.valueOf(extendedTo)));
        }
        extensions.removeIf(e -> e.iso3().equals(iso3));
        extensions.add(new DeadlineExtension(iso3, extendedTo));
    }

    public LocalDate deadlineFor(String iso3) {
        return extensions.stream()
                .filter(e -> e.iso3().equals(iso3))
                .map(DeadlineExtension::extendedTo)
                .findFirst()
                .orElse(deadline);
    }

    /** The last instant a State's return counts as on time: the end of its deadline day in Vienna. */
    public Instant dueInstantFor(String iso3) {
        return deadlineFor(iso3).plusDays(1).atStartOfDay(VIENNA).toInstant();
    }

    public boolean isOnTime(String iso3, Instant submittedAt) {
        return submittedAt.isBefore(dueInstantFor(iso3));
    }

    /** The reminder a State that has not submitted should get today (Vienna date), unless it already got it. */
    public Optional<Integer> reminderDue(String iso3, LocalDate today) {
        if (status != CycleStatus.OPEN) {
            return Optional.empty();
        }
        return reminderSchedule().dueOn(deadlineFor(iso3), today).filter(days -> sentReminders.stream()
                .noneMatch(s -> s.iso3().equals(iso3) && s.daysBefore() == days));
    }

    public void reminderSent(String iso3, int daysBefore, Instant now) {
        sentReminders.add(new SentReminder(iso3, daysBefore, now));
    }

    public Question question(Long questionId) {
        return questions.stream()
                .filter(q -> Objects.equals(q.id(), questionId))
                .findFirst()
                .orElseThrow(
                        () -> new InvalidValue(Explanation.of("cycle.noSuchQuestion", String.valueOf(questionId))));
    }

    public List<Question> questionsOn(Resolution resolution) {
        return questions.stream().filter(q -> q.isOn(resolution)).toList();
    }

    private Question own(Question question) {
        return questions.stream()
                .filter(q -> q.is(question))
                .findFirst()
                .orElseThrow(() -> new InvalidValue(Explanation.of("cycle.questionNotHere")));
    }

    private int nextPosition() {
        return questions.size() + 1;
    }

    private void renumber() {
        // Positions are only renumbered while the questionnaire is a draft, before any answer refers to them.
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).renumber(i + 1);
        }
    }

    /** @param what what can no longer be done once the questionnaire is frozen */
    private void requireDraft(Explanation what) {
        if (status != null && status != CycleStatus.DRAFT) {
            throw new RuleViolation(Explanation.of("cycle.frozen", what));
        }
    }

    public Long id() {
        return id;
    }

    public CommissionSession session() {
        return session;
    }

    public String title() {
        return title;
    }

    public CycleStatus status() {
        return status;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public ReminderSchedule reminderSchedule() {
        return ReminderSchedule.parse(reminderDays);
    }

    public List<Resolution> resolutions() {
        return List.copyOf(resolutions);
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    public List<DeadlineExtension> extensions() {
        return List.copyOf(extensions);
    }

    public List<SentReminder> sentReminders() {
        return List.copyOf(sentReminders);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int version() {
        return version;
    }
}
