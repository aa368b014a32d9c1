package org.unodc.rt.domain.resolution.text;

import java.util.List;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The phrases of resolution language in one of the six official languages: preambular openers, operative verbs and
 * which of them direct someone, the addressees they name, and the requests to report with their session. Each
 * language gives the same canonical answers (English verb names, {@link Addressee} codes, session numbers), so that
 * the six language versions of one resolution read alike.
 * <p>
 * English keeps its own detailed rules ({@link VerbPhrases}, {@link AddresseeClassifier},
 * {@link ReportingRequestFinder}); each other language is a {@link Phrasebook} of data read by the same engines.
 */
interface Lexicon {

    /** A directive verb that opens a later clause of a paragraph (", and requests the Secretary-General to"). */
    record Trailing(int start, int end, String verb, String canonical, boolean pronoun) {}

    static Lexicon of(UnLanguage language) {
        if (language == null) {
            return EnglishLexicon.INSTANCE;
        }
        return switch (language) {
            case EN -> EnglishLexicon.INSTANCE;
            case FR -> FrenchLexicon.PHRASEBOOK;
            case ES -> SpanishLexicon.PHRASEBOOK;
            case RU -> RussianLexicon.PHRASEBOOK;
            case AR -> ArabicLexicon.PHRASEBOOK;
            case ZH -> ChineseLexicon.PHRASEBOOK;
        };
    }

    /** The form of a text the patterns are written for (Arabic without short vowels); the text itself otherwise. */
    default String fold(String text) {
        return text;
    }

    /** The operative verb at the start of a paragraph (after its number), or null. */
    VerbPhrases.VerbMatch operativeVerb(String s);

    /** Whether the verb is one the genre opens operative paragraphs with (for a line that has lost its number). */
    boolean isKnownOperative(VerbPhrases.VerbMatch verb);

    /** The opening phrase of a preambular paragraph ("Recalling", "Rappelant", "ссылаясь", "وإذ تشير"), or null. */
    String preambleOpening(String s);

    /** Whether a canonical verb directs someone (its object is an addressee). */
    default boolean isDirective(String canonical) {
        return VerbPhrases.isDirective(canonical);
    }

    /** The addressees of a directive verb, read from the text that follows it. */
    AddresseeClassifier.Result addressees(String canonicalVerb, String rest);

    /** Directive verbs opening later clauses of a paragraph, from {@code from} on. */
    List<Trailing> trailing(String text, int from);

    /** New requests to report in one directive clause (see {@link ReportingRequestFinder}). */
    List<ReportingRequest> reportingRequests(
            String clause, int paragraph, String reporter, ResolutionBody self, boolean commissionIsCnd);
}
