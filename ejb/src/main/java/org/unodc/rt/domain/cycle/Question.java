package org.unodc.rt.domain.cycle;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.resolution.OperativeParagraph;
import org.unodc.rt.domain.resolution.Passage;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * One question of a cycle's questionnaire: generated from an operative paragraph that directs Member States, or
 * written by the secretariat. Its position is its stable number in the questionnaire; once the cycle is published
 * nothing here changes, so answers and submitted versions can refer to it by position.
 */
@Entity
@Table(name = "cycle_question")
public class Question {

    static final int MAX_TEXT = 20000;

    /** The language the secretariat writes questions and guidance in first; translations are added to it. */
    public static final UnLanguage ORIGINAL = UnLanguage.EN;

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

    /** The secretariat's wording in other languages; the text and guidance above are the original. */
    @ElementCollection
    @CollectionTable(name = "question_translation", joinColumns = @JoinColumn(name = "question_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "language", length = 2)
    private Map<UnLanguage, QuestionTranslation> translations = new EnumMap<>(UnLanguage.class);

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
                askAbout(paragraph.number(), paragraph.text(), ORIGINAL));
    }

    /** The question generated from a paragraph, in a language: its official text quoted in that language's words. */
    private static String askAbout(int paragraph, String officialText, UnLanguage language) {
        return Explanation.of("question.fromParagraph", String.valueOf(paragraph), officialText)
                .text(Locale.forLanguageTag(language.code()));
    }

    /**
     * The question in a language: the secretariat's translation where it wrote one; for a question generated from a
     * paragraph and not reworded since, the paragraph's official text in that language wherever the resolution holds
     * it; otherwise the original, marked as such.
     */
    public Passage textIn(UnLanguage language) {
        QuestionTranslation translation = translations.get(language);
        if (translation != null) {
            return new Passage(translation.text(), language, false);
        }
        if (language == ORIGINAL) {
            return new Passage(text, ORIGINAL, false);
        }
        return officialTextIn(language)
                .map(official -> new Passage(askAbout(paragraphNumber, official, language), language, false))
                .orElse(new Passage(text, ORIGINAL, true));
    }

    /** The guidance in a language, or null when the question has none. */
    public Passage guidanceIn(UnLanguage language) {
        if (guidance == null) {
            return null;
        }
        QuestionTranslation translation = translations.get(language);
        if (translation != null && translation.guidance() != null) {
            return new Passage(translation.guidance(), language, false);
        }
        return new Passage(guidance, ORIGINAL, language != ORIGINAL);
    }

    /** The languages a reader would get this question (or its guidance) in the original instead of their own. */
    public List<UnLanguage> missingTranslations() {
        return Arrays.stream(UnLanguage.values())
                .filter(l -> textIn(l).fallback()
                        || (guidance != null && guidanceIn(l).fallback()))
                .toList();
    }

    /** The paragraph's official text in a language, for a generated question whose wording is still the generated one. */
    private Optional<String> officialTextIn(UnLanguage language) {
        if (origin != QuestionOrigin.PARAGRAPH || resolution == null || paragraphNumber == null) {
            return Optional.empty();
        }
        boolean reworded = resolution
                .paragraphTextIn(paragraphNumber, resolution.language())
                .map(original -> !text.equals(askAbout(paragraphNumber, original, ORIGINAL)))
                .orElse(true);
        return reworded ? Optional.empty() : resolution.paragraphTextIn(paragraphNumber, language);
    }

    /** Sets (or, with a blank text, removes) the wording in one more language than the original. */
    void translate(UnLanguage language, String translatedText, String translatedGuidance) {
        Objects.requireNonNull(language, "language");
        if (language == ORIGINAL) {
            throw new InvalidValue(Explanation.of("question.originalLanguage"));
        }
        if (translatedText == null || translatedText.isBlank()) {
            translations.remove(language);
            return;
        }
        translations.put(
                language,
                new QuestionTranslation(
                        cleanText(translatedText),
                        translatedGuidance == null || translatedGuidance.isBlank()
                                ? null
                                : translatedGuidance.strip()));
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

    public Map<UnLanguage, QuestionTranslation> translations() {
        return Map.copyOf(translations);
    }
}
