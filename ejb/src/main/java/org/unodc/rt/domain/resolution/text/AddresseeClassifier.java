package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who an operative verb directs, and maps the phrase to canonical {@link Addressee} codes.
 * <p>
 * The addressee phrase is what follows the verb up to the infinitive of the action ("Invites <b>Member States and
 * other donors</b> to provide ..."), or up to a parenthetical comma ("Requests <b>the Office</b>, in close
 * cooperation with Member States, to ..."). A list of addressees separated by commas continues the phrase
 * ("Invites Member States, relevant international organizations and other donors to ..."). Within the phrase, the
 * names of known addressees are matched first, so the "and" of "the United Nations Office on Drugs and Crime" does
 * not split it.
 */
final class AddresseeClassifier {

    /** Codes in the order named, and the raw phrase they were read from. */
    record Result(List<Addressee> codes, String text, boolean pronoun) {
        static final Result NONE = new Result(List.of(), null, false);
        static final Result PRONOUN = new Result(List.of(), null, true);

        boolean isEmpty() {
            return codes.isEmpty();
        }
    }

    private static final int MAX_PHRASE = 400;

    private static final Pattern KNOWN = Pattern.compile(
            "(?<ed>Executive Director(?: of the United Nations Office on Drugs and Crime| of UNODC| of the Office)?)"
                    + "|(?<sg>Secretary[- \u2010\u2011]General(?: of the United Nations)?)"
                    + "|(?<unicri>United Nations Interregional Crime and Justice Research Institute(?: \\(UNICRI\\))?"
                    + "|UNICRI)"
                    + "|(?<unodc>United Nations Office on Drugs and Crime(?: \\(UNODC\\))?|UNODC"
                    + "|Office(?! (?:of|for)\\b))"
                    + "|(?<donors>donors|donor (?:countries|community|States|Governments|agencies|institutions))"
                    + "|(?<ms>(?:Member|member) (?:States|states)(?: of the United Nations)?"
                    + "|States Members of the United Nations|States [pP]arties|States|states|Governments)"
                    + "|(?<other>General Assembly|Economic and Social Council|Security Council|Human Rights Council"
                    + "|Commission on Crime Prevention and Criminal Justice|Commission on Narcotic Drugs|Commission"
                    + "|Conference of the (?:States )?Parties|Council|Secretariat"
                    + "|International Narcotics Control Board|Organization for Economic Cooperation and Development"
                    + "|World Bank|International Monetary Fund|Financial Action Task Force)"
                    + "(?![\\w\u2010\u2011-])");

    /** Words that qualify an addressee without naming it: "all States", "other donors", "relevant entities". */
    private static final Set<String> QUALIFIERS = Set.of(
            "the",
            "all",
            "other",
            "relevant",
            "interested",
            "concerned",
            "competent",
            "appropriate",
            "potential",
            "respective",
            "its",
            "their",
            "individual",
            "national",
            "international",
            "regional",
            "multilateral",
            "bilateral",
            "both",
            "those",
            "these",
            "also",
            "each",
            "any",
            "further",
            "particular",
            "notably",
            "especially",
            "requesting",
            "affected",
            "various",
            "key",
            "new",
            "existing",
            "current",
            "in",
            "particularly",
            "every",
            "such");

    /** Nouns that make an unknown phrase an addressee: "relevant international organizations", "civil society". */
    private static final Set<String> GENERIC = Set.of(
            "organizations",
            "organisations",
            "organization",
            "institutions",
            "institution",
            "entities",
            "entity",
            "bodies",
            "body",
            "agencies",
            "agency",
            "sector",
            "society",
            "partners",
            "stakeholders",
            "community",
            "communities",
            "programmes",
            "programs",
            "funds",
            "actors",
            "authorities",
            "experts",
            "networks",
            "groups",
            "members",
            "practitioners",
            "academia",
            "industry",
            "companies",
            "businesses",
            "banks",
            "mechanisms",
            "offices",
            "secretariats",
            "partnerships",
            "representatives",
            "media",
            "countries",
            "parties",
            "system",
            "commissions",
            "committees",
            "forums",
            "fora",
            "observers",
            "centres",
            "centers",
            "institutes",
            "providers");

    /** Words after which a comma opens an aside rather than the next addressee. */
    private static final Set<String> PARENTHETICAL = Set.of(
            "in",
            "with",
            "within",
            "as",
            "where",
            "when",
            "upon",
            "on",
            "consistent",
            "subject",
            "through",
            "under",
            "inter",
            "including",
            "particularly",
            "especially",
            "acting",
            "pursuant",
            "bearing",
            "taking",
            "if",
            "while",
            "for",
            "at",
            "by",
            "from",
            "without",
            "to",
            "and",
            "or",
            "whenever",
            "wherever",
            "building",
            "drawing",
            "making",
            "using",
            "according",
            "notably",
            "among",
            "inter-alia",
            "also",
            "once",
            "respectively",
            "together",
            "jointly",
            "based",
            "relying",
            "after",
            "before",
            "during",
            "following",
            "given",
            "via");

    /** Words after "to" that make it a preposition rather than the infinitive of the action. */
    private static final Set<String> NOT_INFINITIVE = Set.of(
            "the", "a", "an", "its", "their", "this", "that", "these", "those", "all", "any", "each", "other", "such",
            "it", "them", "his", "her", "our", "which", "whom", "what", "and", "or", "date", "both", "every", "some",
            "no", "one", "two", "three");

    /** After a name, these words attach what follows to it ("States parties to ...", "Member States that ..."). */
    private static final Set<String> ATTACHING = Set.of(
            "to",
            "of",
            "in",
            "from",
            "with",
            "at",
            "for",
            "on",
            "that",
            "which",
            "who",
            "whose",
            "where",
            "within",
            "not",
            "having",
            "concerned",
            "whether");

    private static final Pattern PRONOUN = Pattern.compile("(?:him|her|it|them)\\b.*", Pattern.DOTALL);

    private AddresseeClassifier() {}

    /**
     * @param canonicalVerb canonical verb (see {@link VerbPhrases#canonical(String)})
     * @param rest          the text after the verb
     */
    /** A short aside between an English verb and its addressee: ", in this regard,", ", inter alia,". */
    private static final Pattern ASIDE = Pattern.compile("^,\\s*[^,;:()]{1,60},\\s*");

    static Result classify(String canonicalVerb, String rest) {
        // "requests, within existing resources, the Secretary-General to ...": the addressee follows the aside
        String s = ASIDE.matcher(rest.strip()).replaceFirst("");
        boolean thatClause = false;
        // "Reiterates its call upon X", "Appeals to X", "Recommends to X": the addressee follows the preposition
        if (canonicalVerb.startsWith("reiterates its") || canonicalVerb.startsWith("renews its")) {
            s = TextPatterns.CALL_PARTICLE.matcher(s).replaceFirst("");
        } else if (canonicalVerb.equals("recommends")
                || canonicalVerb.equals("appeals")
                || canonicalVerb.equals("reminds")) {
            s = TextPatterns.TO.matcher(s).replaceFirst("");
        }
        if (s.startsWith("that ")) {
            s = s.substring(5);
            thatClause = true;
        }
        if (PRONOUN.matcher(s).matches()) {
            return Result.PRONOUN;
        }
        String phrase = thatClause ? limit(s) : phrase(s);
        return scan(phrase, thatClause);
    }

    private static String limit(String s) {
        return s.length() > MAX_PHRASE ? s.substring(0, MAX_PHRASE) : s;
    }

    /** The addressee phrase: up to the infinitive of the action, or to a comma opening an aside. */
    static String phrase(String s) {
        int limit = Math.min(s.length(), MAX_PHRASE);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ';' || c == ':' || c == '(' && i > 0 && s.startsWith("(a)", i)) {
                return s.substring(0, i);
            }
            if (c == '.' && (i + 1 >= s.length() || s.charAt(i + 1) == ' ') && !abbreviationBefore(s, i)) {
                return s.substring(0, i);
            }
            if (c == ',') {
                String next = nextWord(s, i + 1);
                if (next.isEmpty() || PARENTHETICAL.contains(next)) {
                    return s.substring(0, i);
                }
            }
            if (c == ' ' && s.startsWith(" to ", i)) {
                String next = nextWord(s, i + 4);
                if (!next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !NOT_INFINITIVE.contains(next)) {
                    return s.substring(0, i);
                }
            }
        }
        return s.substring(0, limit);
    }

    private static boolean abbreviationBefore(String s, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        String word = s.substring(start, dot);
        return word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                || word.equals("e.g")
                || word.equals("i.e");
    }

    private static String nextWord(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < s.length() && i - start < 40 && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return s.substring(start, i);
    }

    /** Splits the phrase into addressees, known names first. */
    private static Result scan(String phrase, boolean thatClause) {
        Set<Addressee> codes = new LinkedHashSet<>();
        int extentStart = -1;
        int extentEnd = -1;
        int pos = 0;
        int n = phrase.length();
        Matcher known = KNOWN.matcher(phrase);
        int guard = 0;
        while (pos < n && guard++ < 50) {
            pos = skipSeparators(phrase, pos);
            if (pos >= n) {
                break;
            }
            int conjunctStart = pos;
            pos = skipQualifiers(phrase, pos);
            known.region(pos, n);
            int conjunctEnd;
            if (known.lookingAt()) {
                codes.add(codeOf(known));
                conjunctEnd = known.end();
                String next = nextWord(phrase, conjunctEnd);
                if (ATTACHING.contains(next)) {
                    conjunctEnd = thatClause ? conjunctEnd : n;
                    if (thatClause) {
                        extentStart = extentStart < 0 ? conjunctStart : extentStart;
                        extentEnd = conjunctEnd;
                        break;
                    }
                }
            } else {
                if (thatClause) {
                    break;
                }
                int sep = nextSeparator(phrase, pos);
                String conjunct = phrase.substring(pos, sep);
                if (!looksNominal(conjunct)) {
                    break;
                }
                codes.add(Addressee.OTHER);
                conjunctEnd = attaches(conjunct) ? n : sep;
            }
            if (extentStart < 0) {
                extentStart = conjunctStart;
            }
            extentEnd = conjunctEnd;
            pos = conjunctEnd;
            if (pos < n && !isSeparatorAt(phrase, pos)) {
                // the name is followed by something other than the next addressee ("the General Assembly the
                // adoption of ..."): the list ends here
                break;
            }
        }
        if (codes.isEmpty()) {
            return Result.NONE;
        }
        String text = trimPunctuation(phrase.substring(extentStart, extentEnd));
        return new Result(new ArrayList<>(codes), text, false);
    }

    private static Addressee codeOf(Matcher m) {
        if (m.group("ed") != null) {
            return Addressee.EXECUTIVE_DIRECTOR;
        }
        if (m.group("sg") != null) {
            return Addressee.SECRETARY_GENERAL;
        }
        if (m.group("unicri") != null) {
            return Addressee.UNICRI;
        }
        if (m.group("unodc") != null) {
            return Addressee.UNODC;
        }
        if (m.group("donors") != null) {
            return Addressee.DONORS;
        }
        if (m.group("ms") != null) {
            return Addressee.MEMBER_STATES;
        }
        return Addressee.OTHER;
    }

    private static final String[] SEPARATORS = {
        ", and ", ", or ", " and/or ", " as well as ", ", ", " and ", " or ", " together with "
    };

    private static int skipSeparators(String s, int pos) {
        int p = pos;
        boolean moved = true;
        while (moved && p < s.length()) {
            moved = false;
            while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == ',')) {
                p++;
                moved = true;
            }
            for (String word : new String[] {"and/or ", "and ", "or ", "as well as ", "together with "}) {
                if (s.startsWith(word, p)) {
                    p += word.length();
                    moved = true;
                }
            }
        }
        return p;
    }

    private static boolean isSeparatorAt(String s, int pos) {
        for (String sep : SEPARATORS) {
            if (s.startsWith(sep, pos)) {
                return true;
            }
        }
        return pos >= s.length() || s.charAt(pos) == ',';
    }

    private static int nextSeparator(String s, int from) {
        int best = s.length();
        for (String sep : SEPARATORS) {
            int i = s.indexOf(sep, from);
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        return best;
    }

    private static int skipQualifiers(String s, int pos) {
        int p = pos;
        for (int guard = 0; guard < 8; guard++) {
            int end = p;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            if (end == p || end >= s.length() || s.charAt(end) != ' ') {
                return p;
            }
            String word = s.substring(p, end);
            if (!QUALIFIERS.contains(word)) {
                return p;
            }
            p = end + 1;
        }
        return p;
    }

    private static boolean looksNominal(String conjunct) {
        String c = conjunct.strip();
        if (c.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(c.charAt(0))) {
            return true;
        }
        for (String word : TextPatterns.NON_LETTERS.split(c.toLowerCase(Locale.ROOT), 12)) {
            if (GENERIC.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean attaches(String conjunct) {
        for (String word : conjunct.split(" ", 16)) {
            if (ATTACHING.contains(word) && !word.equals("concerned")) {
                return true;
            }
        }
        return false;
    }

    private static String trimPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",;:.".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /**
     * The addressees of a directive verb in a {@link Phrasebook} language: the same reading as English (the phrase
     * runs to the action or to an aside; names are matched first, then phrases with a generic noun; a name followed
     * by anything but the next addressee ends the list), with the words of that language.
     */
    static Result classify(Phrasebook.Addressees words, String rest) {
        String s = rest.strip();
        Matcher lead = words.lead().matcher(s);
        if (lead.lookingAt()) {
            s = s.substring(lead.end()).strip();
        }
        boolean thatClause = false;
        if (words.that() != null) {
            Matcher that = words.that().matcher(s);
            if (that.lookingAt()) {
                s = s.substring(that.end()).strip();
                thatClause = true;
            }
        }
        if (words.pronoun().matcher(s).lookingAt()) {
            return Result.PRONOUN;
        }
        String phrase = limit(s);
        Matcher end = words.end().matcher(phrase);
        boolean beforeAction = false;
        if (end.find()) {
            beforeAction = words.action() != null
                    && words.action().matcher(end.group()).lookingAt();
            phrase = phrase.substring(0, end.start());
        }
        return scan(words, phrase, thatClause, beforeAction);
    }

    private static Result scan(Phrasebook.Addressees words, String phrase, boolean thatClause, boolean beforeAction) {
        Set<Addressee> codes = new LinkedHashSet<>();
        int n = phrase.length();
        int extentStart = -1;
        int extentEnd = -1;
        int pos = 0;
        for (int guard = 0; pos < n && guard < 50; guard++) {
            pos = skip(words.separator(), phrase, pos);
            int start = pos;
            // a name may start with what is elsewhere a qualifier ("各国": all States)
            int[] name = pos < n ? longestName(words, phrase, pos) : null;
            if (name == null) {
                pos = skip(words.qualifiers(), phrase, pos);
                if (pos >= n) {
                    break;
                }
                name = longestName(words, phrase, pos);
            }
            if (name == null && words.relative() != null) {
                name = afterRelativeClause(words, phrase, pos);
            }
            if (name != null) {
                codes.add(Addressee.values()[name[0]]);
                pos = skip(words.after(), phrase, name[1]);
            } else {
                if (thatClause) {
                    break;
                }
                int next = nextSeparator(words.separator(), phrase, pos);
                Matcher generic = words.generic().matcher(phrase).region(pos, n);
                if (generic.lookingAt()) {
                    pos = Math.max(generic.end(), next);
                } else if (words.capitalised() && Character.isUpperCase(phrase.charAt(pos))
                        || beforeAction && codes.isEmpty() && Character.isLetter(phrase.charAt(pos))) {
                    pos = next;
                } else {
                    break;
                }
                codes.add(Addressee.OTHER);
            }
            if (extentStart < 0) {
                extentStart = start;
            }
            extentEnd = pos;
            if (pos < n && !words.separator().matcher(phrase).region(pos, n).lookingAt()) {
                break;
            }
        }
        if (codes.isEmpty()) {
            return Result.NONE;
        }
        return new Result(new ArrayList<>(codes), trimPunctuation(phrase.substring(extentStart, extentEnd)), false);
    }

    /** The code (ordinal) and end of the longest known name at {@code pos}, or null. */
    private static int[] longestName(Phrasebook.Addressees words, String phrase, int pos) {
        int[] best = null;
        for (Map.Entry<Addressee, Pattern> e : words.names().entrySet()) {
            Matcher m = e.getValue().matcher(phrase).region(pos, phrase.length());
            if (m.lookingAt() && (best == null || m.end() > best[1])) {
                best = new int[] {e.getKey().ordinal(), m.end()};
            }
        }
        return best;
    }

    /** A name after a relative clause that describes it ("尚未批准公约的会员国"). */
    private static int[] afterRelativeClause(Phrasebook.Addressees words, String phrase, int pos) {
        Matcher m = words.relative().matcher(phrase).region(pos, phrase.length());
        while (m.find()) {
            int at = skip(words.qualifiers(), phrase, m.end());
            int[] name = at < phrase.length() ? longestName(words, phrase, at) : null;
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static int skip(Pattern p, String s, int pos) {
        if (p == null) {
            return pos;
        }
        int at = pos;
        for (int guard = 0; guard < 8 && at < s.length(); guard++) {
            Matcher m = p.matcher(s).region(at, s.length());
            if (!m.lookingAt() || m.end() == at) {
                break;
            }
            at = m.end();
        }
        return at;
    }

    private static int nextSeparator(Pattern separator, String s, int from) {
        Matcher m = separator.matcher(s).region(from, s.length());
        return m.find() ? m.start() : s.length();
    }

    /** How a reporting request names who reports. */
    static String reporterLabel(Addressee code, String addresseeText) {
        return switch (code) {
            case EXECUTIVE_DIRECTOR -> "Executive Director";
            case SECRETARY_GENERAL -> "Secretary-General";
            case UNODC -> "UNODC";
            case UNICRI -> "UNICRI";
            case MEMBER_STATES -> "Member States";
            case DONORS -> "Donors";
            case OTHER -> addresseeText;
        };
    }
}
