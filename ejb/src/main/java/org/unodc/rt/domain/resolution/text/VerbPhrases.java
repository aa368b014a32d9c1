package org.unodc.rt.domain.resolution.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The opening phrases of the genre: preambular openings ("Recalling also", "Greatly concerned", "Taking note with
 * appreciation") and operative verbs ("Encourages", "Also requests", "Calls upon", "Expresses its appreciation").
 * <p>
 * All patterns are anchored and bounded (no unbounded repetition of groups), so they run in time proportional to the
 * phrase, whatever follows it.
 */
final class VerbPhrases {

    /** An operative verb found at the start of a paragraph. */
    record VerbMatch(String asWritten, String canonical, int end) {

        /** The verb without adverbs and complements: "also requests" gives "requests", "calls upon" stays. */
        String base() {
            int space = canonical.indexOf(' ');
            return space < 0 ? canonical : canonical.substring(0, space);
        }
    }

    // ---------------------------------------------------------------- operative verbs

    private static final String ADV_CAP = "(?:Also|Further|Furthermore|Once again|Once more|Again|Strongly|Firmly"
            + "|Urgently|Earnestly|Kindly|Respectfully|Likewise|Moreover|Hereby|Finally|Lastly|Deeply|Warmly"
            + "|Sincerely|Emphatically|Solemnly|Fully|Unanimously|Formally|Duly|Particularly|Equally|Similarly"
            + "|Additionally|Again)";
    private static final String ADV_LOW = "(?:also|further|strongly|again|urgently|once again|firmly|earnestly"
            + "|fully|warmly|sincerely|respectfully)";

    private static final Pattern OPERATIVE_VERB = Pattern.compile(
            "(?:" + ADV_CAP + "\\s+(?:" + ADV_LOW + "\\s+)?([a-z]{3,20}s)|([A-Z][a-z]{2,20}s))(?![\\w-])");

    private static final Pattern TAIL_CALLS = Pattern.compile("\\s+(?:upon|on)\\b");
    private static final Pattern TAIL_TAKES = Pattern.compile("\\s+(?:note(?:\\s+with\\s+(?:deep\\s+|great\\s+"
            + "|particular\\s+)?(?:appreciation|interest|satisfaction|concern))?|into\\s+(?:account|consideration)"
            + "|fully\\s+into\\s+account)\\b");
    private static final Pattern TAIL_WITH = Pattern.compile("\\s+with\\s+(?:deep\\s+|grave\\s+|great\\s+"
            + "|serious\\s+|particular\\s+|profound\\s+)?(?:appreciation|concern|interest|satisfaction|regret"
            + "|alarm)\\b");
    private static final Pattern TAIL_EXPRESSES = Pattern.compile("\\s+(?:its\\s+|their\\s+)?(?:deep\\s+|sincere\\s+"
            + "|profound\\s+|great\\s+|serious\\s+|grave\\s+|strong\\s+|full\\s+|continued\\s+|particular\\s+)?"
            + "(?:appreciation|gratitude|concern|support|thanks|condolences|satisfaction|solidarity|regret)\\b");
    private static final Pattern TAIL_ITS_CALL = Pattern.compile("\\s+its\\s+(?:call|request|invitation|appeal)\\b");
    private static final Pattern TAIL_PAYS = Pattern.compile("\\s+tribute\\b");
    private static final Pattern TAIL_BEARS = Pattern.compile("\\s+in\\s+mind\\b");
    private static final Pattern TAIL_LOOKS = Pattern.compile("\\s+forward\\b");

    private static final Pattern ADVERB_PREFIX =
            Pattern.compile("(?i)^(?:" + ADV_CAP + "\\s+)?(?:" + ADV_LOW + "\\s+)?");

    /** Capitalised words ending in "s" that open numbered lines without being verbs (headings, treaty text). */
    private static final Set<String> NOT_VERBS = Set.of(
            "this",
            "thus",
            "states",
            "nations",
            "members",
            "parties",
            "governments",
            "countries",
            "organizations",
            "institutions",
            "measures",
            "principles",
            "definitions",
            "objectives",
            "guidelines",
            "rules",
            "articles",
            "areas",
            "activities",
            "recommendations",
            "conclusions",
            "reports",
            "resources",
            "means",
            "besides",
            "whereas",
            "perhaps",
            "various",
            "previous",
            "serious",
            "numerous",
            "obvious",
            "status",
            "basis",
            "analysis",
            "process",
            "progress",
            "access",
            "success",
            "business",
            "crisis",
            "thesis",
            "emphasis",
            "does",
            "was",
            "has",
            "his",
            "its",
            "ibid",
            "vols",
            "chapters",
            "annexes",
            "sections",
            "paragraphs",
            "resolutions",
            "decisions",
            "protocols",
            "conventions",
            "persons",
            "migrants",
            "firearms",
            "drugs",
            "crimes",
            "offences",
            "victims",
            "women",
            "children",
            "laws",
            "experts",
            "statistics",
            "needs",
            "trends",
            "issues",
            "questions",
            "answers",
            "series",
            "news",
            "always",
            "unless",
            "across");

    /**
     * Verbs that may open an operative paragraph whose number was lost ("- Notes with appreciation ...") or that is
     * the only paragraph of the resolution ("Recommends to the General Assembly ..."). Stricter than numbered lines,
     * because the line has nothing else marking it as a paragraph.
     */
    private static final Set<String> KNOWN_OPERATIVE = Set.of(
            "requests",
            "invites",
            "encourages",
            "urges",
            "calls",
            "recommends",
            "decides",
            "notes",
            "welcomes",
            "takes",
            "reaffirms",
            "recognizes",
            "recognises",
            "acknowledges",
            "expresses",
            "reiterates",
            "stresses",
            "emphasizes",
            "emphasises",
            "underlines",
            "underscores",
            "affirms",
            "commends",
            "condemns",
            "appeals",
            "endorses",
            "approves",
            "adopts",
            "authorizes",
            "authorises",
            "considers",
            "proclaims",
            "declares",
            "supports",
            "agrees",
            "resolves",
            "renews",
            "highlights",
            "deplores",
            "believes",
            "appreciates",
            "designates",
            "establishes",
            "exhorts",
            "instructs",
            "directs",
            "mandates",
            "pays",
            "bears",
            "looks",
            "demands",
            "insists",
            "regrets",
            "reminds",
            "strongly",
            "requires",
            "observes",
            "accepts",
            "confirms",
            "entrusts",
            "expects",
            "determines",
            "launches",
            "suggests",
            "wishes");

    /** Verbs that direct someone to act: their object is an addressee. */
    private static final Set<String> DIRECTIVE = Set.of(
            "requests",
            "invites",
            "encourages",
            "urges",
            "calls upon",
            "recommends",
            "appeals",
            "authorizes",
            "authorises",
            "exhorts",
            "instructs",
            "directs",
            "entrusts",
            "mandates",
            "reiterates its call",
            "reiterates its request",
            "reiterates its invitation",
            "reiterates its appeal",
            "renews its call",
            "renews its request",
            "renews its invitation",
            "renews its appeal",
            "demands",
            "reminds");

    // ---------------------------------------------------------------- preambular openings

    private static final String PRE_ADV_CAP = "(?:Also|Further|Deeply|Gravely|Greatly|Seriously|Profoundly"
            + "|Extremely|Fully|Keenly|Strongly|Particularly|Firmly|Equally|Likewise|Acutely|Highly"
            + "|Increasingly|Especially|Once again|Again|Very|Most)";
    private static final String PRE_ADV_LOW =
            "(?:also|further|deeply|gravely|greatly|seriously|fully|strongly" + "|particularly|firmly|again|very)";
    private static final String ADJECTIVES = "concerned|alarmed|convinced|mindful|aware|cognizant|cognisant"
            + "|conscious|determined|encouraged|gratified|disturbed|guided|inspired|resolved|persuaded"
            + "|appreciative|desirous|satisfied|pleased|committed|confident|worried|dismayed|shocked|outraged"
            + "|appalled|troubled|reassured|heartened|seized|grateful|anxious|emboldened|motivated";
    private static final String OPENING_TAIL = "(?:\\s+(?:note(?:\\s+with\\s+(?:deep\\s+|great\\s+|particular\\s+)?"
            + "(?:appreciation|interest|satisfaction|concern))?|into\\s+(?:account|consideration)|fully\\s+into\\s+"
            + "account|in\\s+mind|with\\s+(?:deep\\s+|grave\\s+|great\\s+|serious\\s+|particular\\s+|profound\\s+)?"
            + "(?:appreciation|concern|interest|satisfaction|regret|alarm)|considered|examined|reviewed|received"
            + "|regard\\s+to))?";
    private static final Pattern OPENING = Pattern.compile(
            "(?:" + PRE_ADV_CAP + "\\s+(?:" + PRE_ADV_LOW + "\\s+)?(?:[a-z]{2,20}ing|" + ADJECTIVES + ")"
                    + "|(?:[A-Z][a-z]{2,20}ing|" + capitalised(ADJECTIVES) + "))"
                    + OPENING_TAIL
                    + "(?:\\s+(?:also|further|again))?"
                    + "(?=[\\s,;:]|$)");

    /** Capitalised words in -ing that are not participles, or do not open a preambular paragraph. */
    private static final Set<String> NOT_OPENINGS = Set.of(
            "beijing",
            "nanjing",
            "kunming",
            "spring",
            "string",
            "evening",
            "morning",
            "building",
            "meeting",
            "setting",
            "housing",
            "nothing",
            "something",
            "anything",
            "everything",
            "during",
            "including",
            "according",
            "regarding",
            "concerning",
            "pending",
            "notwithstanding",
            "following",
            "beginning",
            "starting",
            "ending",
            "wellbeing",
            "offspring",
            "trafficking",
            "smuggling",
            "laundering",
            "funding",
            "training",
            "sibling",
            "ceiling",
            "viking",
            "wedding",
            "clothing",
            "darling",
            "shilling",
            "sterling",
            "herring",
            "pudding");

    private VerbPhrases() {}

    private static String capitalised(String alternatives) {
        StringBuilder sb = new StringBuilder();
        for (String word : alternatives.split("\\|")) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }

    /**
     * Reads the operative verb at the start of {@code s} (after the paragraph number), in italics ("*Also urges*")
     * or not.
     *
     * @return the verb, or null when {@code s} does not open with one
     */
    static VerbMatch operativeVerb(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (s.charAt(0) == '*' || s.charAt(0) == '_') {
            char mark = s.charAt(0);
            int close = s.indexOf(mark, 1);
            if (close < 2 || close > 80) {
                return null;
            }
            String inner = s.substring(1, close).strip();
            VerbMatch plain = plainVerb(inner);
            if (plain == null) {
                return null;
            }
            String asWritten = TextPatterns.oneSpace(inner);
            int end = close + 1;
            // "*Calls* upon": the particle belongs to the verb even when the italics stop early
            if (plain.base().equals("calls") && !asWritten.contains(" ")) {
                Matcher tail = TAIL_CALLS.matcher(s).region(end, s.length());
                if (tail.lookingAt()) {
                    asWritten = asWritten + " " + s.substring(end, tail.end()).strip();
                    end = tail.end();
                }
            }
            return new VerbMatch(asWritten, canonical(asWritten), end);
        }
        return plainVerb(s);
    }

    /** The operative verb at the start of {@code s} in a text of the given language (null: English). */
    static VerbMatch operativeVerb(String s, UnLanguage language) {
        return Lexicon.of(language).operativeVerb(s);
    }

    /** Whether a verb of the given language is a well-known operative verb (see {@link #isKnownOperative}). */
    static boolean isKnownOperative(VerbMatch verb, UnLanguage language) {
        return Lexicon.of(language).isKnownOperative(verb);
    }

    /** The preambular opening phrase at the start of {@code s} in a text of the given language, or null. */
    static String preambleOpening(String s, UnLanguage language) {
        return Lexicon.of(language).preambleOpening(s);
    }

    /**
     * Reads the operative verb of a {@link Phrasebook} language at the start of {@code s}: adverbs before it
     * ("настоятельно призывает", "又请"), the longest listed verb, adverbs after it ("Prie également",
     * "تطلب أيضا"). A numbered paragraph whose verb is not listed still opens with one: its first word is returned
     * with an empty canonical name (not directive, not "known").
     */
    static VerbMatch operativeVerb(Phrasebook.Verbs verbs, String s) {
        int best = -1;
        String canonical = null;
        // "настоятельно призывает" is a verb of its own, "настоятельно рекомендует" an adverb and a verb
        for (int pos : new int[] {0, skipAll(verbs.before(), s, 0)}) {
            for (Phrasebook.Verb verb : verbs.list()) {
                Matcher m = verb.pattern().matcher(s).region(pos, s.length());
                if (m.lookingAt() && m.end() > best) {
                    best = m.end();
                    canonical = verb.canonical();
                }
            }
        }
        if (canonical == null) {
            Matcher first = verbs.fallback().matcher(s);
            if (!first.lookingAt() || first.end() == 0) {
                return null;
            }
            return new VerbMatch(TextPatterns.oneSpace(first.group()).strip(), "", first.end());
        }
        int end = skipAll(verbs.after(), s, best);
        return new VerbMatch(TextPatterns.oneSpace(s.substring(0, end)).strip(), canonical, end);
    }

    /** Skips the repeated matches of {@code p} from {@code pos} (at most a few). */
    private static int skipAll(Pattern p, String s, int pos) {
        if (p == null) {
            return pos;
        }
        int at = pos;
        for (int guard = 0; guard < 4 && at < s.length(); guard++) {
            Matcher m = p.matcher(s).region(at, s.length());
            if (!m.lookingAt() || m.end() == at) {
                break;
            }
            at = m.end();
        }
        return at;
    }

    private static VerbMatch plainVerb(String s) {
        Matcher m = OPERATIVE_VERB.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        String word = m.group(1) != null ? m.group(1) : m.group(2);
        String base = word.toLowerCase(Locale.ROOT);
        if (NOT_VERBS.contains(base)) {
            return null;
        }
        int end = m.end();
        Pattern tail =
                switch (base) {
                    case "calls" -> TAIL_CALLS;
                    case "takes" -> TAIL_TAKES;
                    case "notes", "welcomes" -> TAIL_WITH;
                    case "expresses" -> TAIL_EXPRESSES;
                    case "reiterates", "renews" -> TAIL_ITS_CALL;
                    case "pays" -> TAIL_PAYS;
                    case "bears" -> TAIL_BEARS;
                    case "looks" -> TAIL_LOOKS;
                    default -> null;
                };
        if (tail != null) {
            Matcher t = tail.matcher(s).region(end, s.length());
            if (t.lookingAt()) {
                end = t.end();
            }
        }
        String asWritten = TextPatterns.oneSpace(s.substring(0, end));
        return new VerbMatch(asWritten, canonical(asWritten), end);
    }

    /** "Also requests" gives "requests"; "Calls on" gives "calls upon"; "Once again urges" gives "urges". */
    static String canonical(String asWritten) {
        String s = TextPatterns.oneSpace(asWritten).strip();
        s = ADVERB_PREFIX.matcher(s).replaceFirst("");
        s = s.toLowerCase(Locale.ROOT);
        if (s.equals("calls on") || s.equals("call upon") || s.equals("call on")) {
            s = "calls upon";
        }
        if (s.startsWith("reiterates its call") || s.startsWith("renews its call")) {
            s = TextPatterns.TRAILING_UPON.matcher(s).replaceFirst("");
        }
        return s;
    }

    /** Whether a verb at the start of an unnumbered line is a well-known operative verb. */
    static boolean isKnownOperative(VerbMatch verb) {
        return KNOWN_OPERATIVE.contains(verb.base());
    }

    /** Whether the verb directs someone ("Requests", "Invites", "Calls upon", "Reiterates its call" ...). */
    static boolean isDirective(String canonical) {
        return DIRECTIVE.contains(canonical) || DIRECTIVE.contains(firstWord(canonical));
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /**
     * Reads a preambular opening phrase at the start of {@code s}: "Recalling", "Recalling also",
     * "Noting with interest also", "Greatly concerned", "Taking note with appreciation", "Bearing in mind".
     *
     * @return the phrase as written, or null
     */
    static String preambleOpening(String s) {
        Matcher m = OPENING.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        String phrase = TextPatterns.oneSpace(s.substring(0, m.end()));
        String firstWord = firstWord(phrase).toLowerCase(Locale.ROOT);
        String head = phrase.toLowerCase(Locale.ROOT);
        for (String w : head.split(" ")) {
            if (w.endsWith("ing") && NOT_OPENINGS.contains(w)) {
                return null;
            }
        }
        if (NOT_OPENINGS.contains(firstWord)) {
            return null;
        }
        return phrase;
    }
}
