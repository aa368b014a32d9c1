package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The resolution phrases of one language other than English, as data: what {@link FrenchLexicon},
 * {@link SpanishLexicon}, {@link RussianLexicon}, {@link ArabicLexicon} and {@link ChineseLexicon} fill in. The
 * engines that read them are those of English: {@link VerbPhrases} (verbs, openers), {@link AddresseeClassifier}
 * (addressees) and {@link ReportingRequestFinder} (requests to report).
 *
 * @param language  the language
 * @param fold      the form of a text the patterns are written for (same text for all but Arabic)
 * @param preamble  the opening phrase of a preambular paragraph, matched at its start
 * @param verbs     operative verbs and the adverbs around them
 * @param trailing  a directive opening a later clause: group {@code verb}, and group {@code pronoun} when the object
 *                  is a pronoun standing for the paragraph's addressees ("et le prie", "وتطلب إليه")
 * @param addressees how addressees are named
 * @param reporting how requests to report and their sessions are written
 */
record Phrasebook(
        UnLanguage language,
        UnaryOperator<String> fold,
        Pattern preamble,
        Verbs verbs,
        Pattern trailing,
        Addressees addressees,
        Reporting reporting)
        implements Lexicon {

    /** An operative verb as written (a pattern), and its canonical English name ("requests", "calls upon"). */
    record Verb(Pattern pattern, String canonical) {}

    /**
     * @param before   adverbs that may precede the verb ("настоятельно", "又"), or null
     * @param list     the verbs; the longest match wins
     * @param after    adverbs and complements that may follow it ("également", "también", "أيضا"), or null
     * @param fallback the first word of a numbered paragraph whose verb is not listed (a verb all the same)
     */
    record Verbs(Pattern before, List<Verb> list, Pattern after, Pattern fallback) {}

    /**
     * How the object of a directive verb names who is directed.
     *
     * @param lead        particles between the verb and the addressee ("aux", "a los", "إلى", "к"), stripped
     * @param that        a clause opening ("que", ", чтобы") after which only known names count
     * @param pronoun     a pronoun object standing for the addressees of the paragraph ("их", "إليه", "其")
     * @param end         where the addressee phrase ends: the action ("à envisager", "de lui présenter", "que",
     *                    an infinitive, "على", "أن"), or an aside after a comma
     * @param qualifiers  words before a name that do not name it (articles, "tous les", "все", "جميع", "所有")
     * @param after       words after a name that do not end the list ("intéressés", "concernés", "المعنية")
     * @param names       the known addressees, by code; the longest match wins
     * @param generic     nouns (with the words allowed before them) that make an unknown phrase an addressee
     *                    ({@link Addressee#OTHER}): "organisations", "организациям", "المنظمات", "组织"
     * @param capitalised whether an unknown phrase starting with a capital names an addressee ("le Forum")
     * @param separator   between two addressees (", ", " et ", " и ", " و", "、")
     * @param relative    what ends a description that may come before a name ("尚未……的会员国"), or null
     * @param action      the ends of the phrase that open the action ("à envisager", an infinitive, "إلى أن"):
     *                    whatever the verb directs before them is an addressee, named or not; or null
     */
    record Addressees(
            Pattern lead,
            Pattern that,
            Pattern pronoun,
            Pattern end,
            Pattern qualifiers,
            Pattern after,
            Map<Addressee, Pattern> names,
            Pattern generic,
            boolean capitalised,
            Pattern separator,
            Pattern relative,
            Pattern action) {}

    /**
     * How a request to report is written.
     *
     * @param ask        the request itself ("de lui présenter ... un rapport", "представить ... доклад",
     *                   "أن يقدم ... تقريرا", "向……提交报告")
     * @param session    the session, group {@code n} (and {@code n2} for "à ses huitième et neuvième sessions")
     * @param ordinal    the number of a session written in words or figures, or -1
     * @param list       separates the ordinals of a list of sessions ("huitième, neuvième et dixième")
     * @param targets    body codes ("GA", "ECOSOC", "CCPCJ", "CND", "COP", "COSP") and how the report's addressee
     *                   is written; the longest match wins, "Commission" alone is decided by the caller
     * @param commission "the Commission" alone
     * @param self       a pronoun for the resolution's own body ("lui", "le/la", "إليها"), or null
     * @param implementation "the present resolution"
     */
    record Reporting(
            Pattern ask,
            Pattern session,
            ToIntFunction<String> ordinal,
            Pattern list,
            Map<String, Pattern> targets,
            Pattern commission,
            Pattern self,
            Pattern implementation) {}

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\u00A0\u2007\u202F]");
    private static final Pattern NO_BREAK_HYPHEN = Pattern.compile("[\u2010\u2011]");

    /**
     * No-break spaces and hyphens as plain ones ("soixante‑seizième", "الثامنة والسبعين" with U+00A0), one character
     * for one, so that {@code \\s} and "-" in the patterns meet them.
     */
    static String plain(String text) {
        return NO_BREAK_HYPHEN
                .matcher(NO_BREAK_SPACE.matcher(text).replaceAll(" "))
                .replaceAll("-");
    }

    /** Compiles a case-insensitive pattern. */
    static Pattern ci(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /** Verbs from pairs of (pattern, canonical English verb). */
    static List<Verb> verbs(boolean wordEnd, String... pairs) {
        List<Verb> out = new ArrayList<>(pairs.length / 2);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String regex = "(?:" + pairs[i] + ")" + (wordEnd ? "(?![\\p{L}\\p{M}])" : "");
            out.add(new Verb(ci(regex), pairs[i + 1]));
        }
        return List.copyOf(out);
    }

    /** Names from pairs of (code, pattern), in the given order. */
    static Map<Addressee, Pattern> names(boolean wordEnd, Object... pairs) {
        Map<Addressee, Pattern> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String end = wordEnd ? "(?![\\p{L}\\p{M}])" : "";
            out.put((Addressee) pairs[i], Pattern.compile("(?:" + pairs[i + 1] + ")" + end));
        }
        return out;
    }

    /** Targets from pairs of (body code, pattern), in the given order. */
    static Map<String, Pattern> targets(String... pairs) {
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.put(pairs[i], ci(pairs[i + 1]));
        }
        return out;
    }

    @Override
    public String fold(String text) {
        return fold.apply(text);
    }

    @Override
    public VerbPhrases.VerbMatch operativeVerb(String s) {
        return VerbPhrases.operativeVerb(verbs, fold(s));
    }

    @Override
    public boolean isKnownOperative(VerbPhrases.VerbMatch verb) {
        return !verb.canonical().isEmpty();
    }

    @Override
    public String preambleOpening(String s) {
        Matcher m = preamble.matcher(fold(s));
        return m.lookingAt() ? TextPatterns.oneSpace(m.group()).strip() : null;
    }

    @Override
    public AddresseeClassifier.Result addressees(String canonicalVerb, String rest) {
        return AddresseeClassifier.classify(addressees, fold(rest));
    }

    @Override
    public List<Trailing> trailing(String text, int from) {
        List<Trailing> out = new ArrayList<>();
        Matcher m = trailing.matcher(text);
        m.region(Math.min(from, text.length()), text.length());
        while (m.find()) {
            String verb = TextPatterns.oneSpace(m.group("verb")).strip();
            VerbPhrases.VerbMatch match = VerbPhrases.operativeVerb(verbs, verb);
            String canonical = match == null ? "" : match.canonical();
            out.add(new Trailing(m.start(), m.end(), verb, canonical, m.group("pronoun") != null));
        }
        return out;
    }

    @Override
    public List<ReportingRequest> reportingRequests(
            String clause, int paragraph, String reporter, ResolutionBody self, boolean commissionIsCnd) {
        return ReportingRequestFinder.find(reporting, fold(clause), paragraph, reporter, self, commissionIsCnd);
    }
}
