package org.unodc.rt.domain.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.resolution.OperativeParagraph;
import org.unodc.rt.domain.resolution.Resolution;

/**
 * One question of a cycle's questionnaire: generated from an operative paragraph that directs Member States, or
 * written by the secretariat. Its position is its stable number in the questionnaire; once the cycle is published
 * nothing here changes, so answers and submitted versions can refer to it by position.
 */
@Entity
@Table(name = "cycle_question")
public class Question {

    static final int MAX_TEXT = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private ReportingCycle cycle;

    @Column(name = "position", nullable = false)
    private int position;

    /** The section the question belongs to; null for the secretariat's general questions. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id")
    private Resolution resolution;

    @Column(name = "para_number")
    private Integer paragraphNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", length = 20, nullable = false)
    private QuestionOrigin origin;

    @Column(name = "question_text", length = MAX_TEXT, nullable = false)
    private String text;

    @Column(name = "guidance", length = MAX_TEXT)
    private String guidance;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    protected Question() {}

    private Question(
            ReportingCycle cycle,
            int position,
            Resolution resolution,
            Integer paragraphNumber,
            QuestionOrigin origin,
            String text) {
        this.cycle = Objects.requireNonNull(cycle);
        this.position = position;
        this.resolution = resolution;
        this.paragraphNumber = paragraphNumber;
        this.origin = origin;
        this.text = cleanText(text);
    }

    static Question fromParagraph(ReportingCycle cycle, int position, OperativeParagraph paragraph) {
        return new Question(
                cycle,
                position,
                paragraph.resolution(),
                paragraph.number(),
                QuestionOrigin.PARAGRAPH,
                "What has your State done to implement paragraph " + paragraph.number() + ": \"" + paragraph.text()
                        + "\"?");
    }

    static Question ofSecretariat(ReportingCycle cycle, int position, Resolution resolution, String text) {
        return new Question(cycle, position, resolution, null, QuestionOrigin.SECRETARIAT, text);
    }

    /** Same question, whether the persistence context hands out the object or a proxy of it. */
    public boolean is(Question other) {
        return other != null && (this == other || (id() != null && id().equals(other.id())));
    }

    /** Whether the question is in the section of the given resolution (null: the general section). */
    public boolean isOn(Resolution section) {
        Resolution mine = resolution();
        if (mine == null || section == null) {
            return mine == section;
        }
        return mine == section || (mine.id() != null && mine.id().equals(section.id()));
    }

    void renumber(int position) {
        this.position = position;
    }

    void reword(String text) {
        this.text = cleanText(text);
    }

    void guide(String guidance) {
        this.guidance = guidance == null || guidance.isBlank() ? null : guidance.strip();
    }

    void requireAnswer(boolean mandatory) {
        this.mandatory = mandatory;
    }

    private static String cleanText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(Explanation.of("question.textMissing"));
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidValue(Explanation.of("question.textTooLong", MAX_TEXT));
        }
        return text.strip();
    }

    /** How messages name the question: "question 3 (E/RES/2013/38, paragraph 4)". */
    public String label() {
        StringBuilder label = new StringBuilder("question ").append(position);
        if (resolution != null) {
            label.append(" (").append(resolutionLabel(resolution));
            if (paragraphNumber != null) {
                label.append(", paragraph ").append(paragraphNumber);
            }
            label.append(')');
        }
        return label.toString();
    }

    /** {@link #label()} in the reader's language, for messages that name the question. */
    public Explanation labelExplanation() {
        String number = String.valueOf(position);
        if (resolution == null) {
            return Explanation.of("question.label", number);
        }
        return paragraphNumber == null
                ? Explanation.of("question.labelInResolution", number, resolutionLabel(resolution))
                : Explanation.of(
                        "question.labelInParagraph",
                        number,
                        resolutionLabel(resolution),
                        String.valueOf(paragraphNumber));
    }

    public static String resolutionLabel(Resolution resolution) {
        return Resolution.label(resolution.symbol(), resolution.body(), resolution.number(), resolution.title());
    }

    public Long id() {
        return id;
    }

    public ReportingCycle cycle() {
        return cycle;
    }

    public int position() {
        return position;
    }

    public Resolution resolution() {
        return resolution;
    }

    public Integer paragraphNumber() {
        return paragraphNumber;
    }

    public QuestionOrigin origin() {
        return origin;
    }

    public String text() {
        return text;
    }

    public String guidance() {
        return guidance;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
