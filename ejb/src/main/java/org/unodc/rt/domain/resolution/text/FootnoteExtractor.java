package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Takes the footnotes out of the running text, and the footnote markers out of paragraphs.
 * <p>
 * In extracted text, footnotes sit wherever the page ended: between paragraphs, or in the middle of a sentence
 * ("contribute to a global framework for / ¹ United Nations, ... / preventing and countering ..."). They are
 * recognised by their opening marker: a superscript number (¹, ²³), a plain number when the superscript was flattened
 * ("1 United Nations, Treaty Series ..."), or an asterisk for masthead notes ("* E/CN.15/2019/1.").
 */
final class FootnoteExtractor {

    /** Footnotes and the lines that remain once they are removed (blank lines kept). */
    record Result(List<Footnote> footnotes, List<Line> lines) {}

    /** Marker stripped text and the markers it referred to. */
    record Stripped(String text, Set<String> markers) {}

    static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private static final Pattern SUPERSCRIPT_START = Pattern.compile("([" + SUPERSCRIPT_DIGITS + "]{1,3})\\s*(\\S.*)");
    private static final Pattern PLAIN_START = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");
    /** "à l’horizon 20301, la Commission": a flattened marker glued to a year. */
    private static final Pattern GLUED_TO_YEAR =
            Pattern.compile("(?<=(?<!\\d)(?:19[4-9]\\d|20[0-4]\\d))(\\d{1,2})(?=[\\s,;:.)\u00BB\u201D\u060C\uFF0C]|$)");
    /** Arabic texts write the marker in brackets: "(1) منظمة الأغذية ...". */
    private static final Pattern BRACKETED_START = Pattern.compile("\\((\\d{1,3})\\)\\s*(\\S.*)");
    /** "بروتوكولاتها(1)،": a bracketed marker glued to the word before it. */
    private static final Pattern BRACKETED_MARKER =
            Pattern.compile("(?<=[\\p{L}\\d.\u060C,\u201D\u00BB)])\\((\\d{1,3})\\)");

    private static final Pattern ASTERISK_START = Pattern.compile("(\\*{1,3}|\u2020|\u2021)\\s+(\\S.*)");
    /** A second footnote on the same line: "... osmium. ² United Nations, ...". */
    private static final Pattern SUPERSCRIPT_SPLIT =
            Pattern.compile("(?<=[.;)\\]\u201D\"])\\s+([" + SUPERSCRIPT_DIGITS + "]{1,3})\\s+(?=\\S)");

    private static final Pattern DATE_TEXT =
            Pattern.compile("(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+\\d{4}\\b.{0,20}");
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?i)(?:^|[\\s(])(?:vols?|nos?|chaps?|sects?|paras?|pp?|corr|add|rev|arts?|suppl|eds?|cf|op|cit|e\\.g|i\\.e"
                    + "|annex|Mr|Ms|Dr|St)\\.$");

    private static final Pattern SUPERSCRIPT_RUN = Pattern.compile("[" + SUPERSCRIPT_DIGITS + "]{1,4}");
    /** "metals1 in", "Crime1,", "Paz1 y": a flattened superscript glued to a word ending in lower case. */
    private static final Pattern GLUED_TO_WORD =
            Pattern.compile("(?<=\\p{L}\\p{Ll}{2})(\\d{1,3})(?=[\\s,;:.)\u201D\"'\u2019\\]\u00BB\u060C\uFF0C]|$)");
    /** "(Règles Nelson Mandela)11, pour": a flattened superscript after a closing bracket or quotation mark. */
    private static final Pattern GLUED_TO_CLOSING =
            Pattern.compile("(?<=[)\u00BB\u201D\u300B\uFF09])(\\d{1,3})(?=[\\s,;:.\u060C\uFF0C\u3001]|$)");
    /**
     * "thereto,2 and", "of 1988,4 the", "公约》，1 其中", "«...»1,": a flattened superscript glued to the punctuation
     * after a word.
     */
    private static final Pattern GLUED_TO_PUNCTUATION = Pattern.compile(
            "(?<=[\\p{L}\\d][,;:\u201D\"\u2019)\u00BB\u060C\u061B\uFF0C\uFF1B\uFF1A\u3001\u3002\u300B\uFF09]{1,3})"
                    + "(\\d{1,3})(?=\\s|$|\\p{IsHan})");
    /** "Crime, 1 the Protocol": a flattened superscript floating after a comma. */
    private static final Pattern FLOATING = Pattern.compile("(?<=\\p{L}[,;]) (\\d{1,3})(?= \\p{Ll})");

    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private FootnoteExtractor() {}

    /**
     * @param lines          lines without page furniture, blank lines kept
     * @param paragraphStart tells whether a line opens a paragraph (so a footnote never swallows it)
     */
    static Result extract(List<Line> lines, Predicate<String> paragraphStart) {
        return extract(lines, paragraphStart, UnLanguage.EN);
    }

    /**
     * @param language the text's language: in English a line opening with an operative verb is never a note ("1
     *                 Requests ..." with its full stop lost); the other languages rely on {@code paragraphStart}
     */
    static Result extract(List<Line> lines, Predicate<String> paragraphStart, UnLanguage language) {
        boolean english = language == null || language == UnLanguage.EN;
        List<Footnote> footnotes = new ArrayList<>();
        List<Line> rest = new ArrayList<>(lines.size());
        int lastNumber = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                rest.add(line);
                continue;
            }
            String[] start = footnoteStart(line.text(), lastNumber, paragraphStart, english);
            if (start == null) {
                rest.add(line);
                continue;
            }
            StringBuilder text = new StringBuilder(start[1]);
            int j = i + 1;
            // a footnote wraps onto the following lines until a blank line, a new footnote or a paragraph start,
            // and never after it ended a sentence
            while (j < lines.size()
                    && !lines.get(j).isBlank()
                    && !endsSentence(text)
                    && footnoteStart(lines.get(j).text(), lastNumber, paragraphStart, english) == null
                    && !paragraphStart.test(lines.get(j).text())
                    && text.length() < 4000) {
                text.append(' ').append(lines.get(j).text());
                j++;
            }
            lastNumber = addSplit(footnotes, start[0], text.toString(), lastNumber);
            i = j - 1;
        }
        return new Result(footnotes, rest);
    }

    /** @return {marker, text} or null */
    private static String[] footnoteStart(
            String line, int lastNumber, Predicate<String> paragraphStart, boolean english) {
        char c = line.charAt(0);
        if (SUPERSCRIPT_DIGITS.indexOf(c) >= 0) {
            Matcher m = SUPERSCRIPT_START.matcher(line);
            if (m.matches() && startsLikeNote(m.group(2))) {
                return new String[] {toAscii(m.group(1)), m.group(2)};
            }
            return null;
        }
        if (c >= '0' && c <= '9') {
            Matcher m = PLAIN_START.matcher(line);
            if (!m.matches()) {
                return null;
            }
            int n = Integer.parseInt(m.group(1));
            // flattened markers are only believed when they continue the numbering of the notes seen so far
            boolean inSequence = n == lastNumber + 1 || n == lastNumber + 2;
            String text = m.group(2);
            if (inSequence
                    && startsLikeNote(text)
                    && !DATE_TEXT.matcher(text).matches()
                    && (!english || VerbPhrases.operativeVerb(text) == null)
                    && !paragraphStart.test(line)) {
                return new String[] {m.group(1), text};
            }
            return null;
        }
        if (c == '(') {
            Matcher m = BRACKETED_START.matcher(line);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                boolean inSequence = n == lastNumber + 1 || n == lastNumber + 2;
                if (inSequence && startsLikeNote(m.group(2)) && !paragraphStart.test(line)) {
                    return new String[] {m.group(1), m.group(2)};
                }
            }
            return null;
        }
        if (c == '*' || c == '\u2020' || c == '\u2021') {
            Matcher m = ASTERISK_START.matcher(line);
            if (m.matches() && m.group(2).length() <= 400 && startsLikeNote(m.group(2))) {
                return new String[] {m.group(1), m.group(2)};
            }
        }
        return null;
    }

    private static boolean startsLikeNote(String text) {
        char c = text.charAt(0);
        // scripts without capitals (Arabic, Chinese) start a note with any letter
        return Character.isUpperCase(c)
                || Character.isLetter(c) && !Character.isLowerCase(c)
                || c == '\u00AB'
                || c == '\u300A'
                || c == '\u201D'
                || Character.isDigit(c)
                || c == '*'
                || c == '('
                || c == '['
                || c == '"'
                || c == '\u201C'
                || c == '_';
    }

    private static boolean endsSentence(CharSequence text) {
        String t = text.toString().strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '*' || last == ')' || last == '\u201D' || last == '"') {
            t = t.substring(0, t.length() - 1).strip();
            if (t.isEmpty()) {
                return false;
            }
            last = t.charAt(t.length() - 1);
        }
        if (last != '.') {
            return false;
        }
        return !ABBREVIATION_END
                .matcher(t.length() > 20 ? t.substring(t.length() - 20) : t)
                .find();
    }

    private static int addSplit(List<Footnote> footnotes, String marker, String text, int lastNumber) {
        Matcher m = SUPERSCRIPT_SPLIT.matcher(text);
        String currentMarker = marker;
        int from = 0;
        int last = lastNumber;
        while (m.find()) {
            last = add(footnotes, currentMarker, text.substring(from, m.start()), last);
            currentMarker = toAscii(m.group(1));
            from = m.end();
        }
        return add(footnotes, currentMarker, text.substring(from), last);
    }

    private static int add(List<Footnote> footnotes, String marker, String text, int lastNumber) {
        String clean = cleanNoteText(text);
        if (!clean.isEmpty()) {
            footnotes.add(new Footnote(marker, clean));
        }
        if (!marker.isEmpty() && Character.isDigit(marker.charAt(0))) {
            try {
                return Integer.parseInt(marker);
            } catch (NumberFormatException e) {
                return lastNumber;
            }
        }
        return lastNumber;
    }

    /** Footnote text without italics marks, on one line. */
    static String cleanNoteText(String text) {
        String t = text.replace("*", "").replace("_", " ");
        return SPACES.matcher(t.replace('\n', ' ')).replaceAll(" ").strip();
    }

    static String toAscii(String superscripts) {
        StringBuilder sb = new StringBuilder(superscripts.length());
        for (int i = 0; i < superscripts.length(); i++) {
            int d = SUPERSCRIPT_DIGITS.indexOf(superscripts.charAt(i));
            sb.append(d >= 0 ? (char) ('0' + d) : superscripts.charAt(i));
        }
        return sb.toString();
    }

    /**
     * Removes footnote markers from a paragraph. Superscripts always go; flattened (plain digit) markers only when
     * they are the number of a footnote of the document and sit where a marker sits (glued to a word or to the
     * punctuation after it), so that "paragraph 5" or "2.5 per cent" stay as written.
     */
    static Stripped stripMarkers(String text, Set<String> knownMarkers) {
        Set<String> found = new LinkedHashSet<>();
        String t = text;
        Matcher sup = SUPERSCRIPT_RUN.matcher(t);
        if (sup.find()) {
            StringBuilder sb = new StringBuilder(t.length());
            int from = 0;
            do {
                found.add(toAscii(sup.group()));
                sb.append(t, from, sup.start());
                from = sup.end();
            } while (sup.find());
            sb.append(t, from, t.length());
            t = sb.toString();
        }
        if (!knownMarkers.isEmpty()) {
            t = removeKnown(t, GLUED_TO_WORD, knownMarkers, found);
            t = removeKnown(t, GLUED_TO_PUNCTUATION, knownMarkers, found);
            t = removeKnown(t, FLOATING, knownMarkers, found);
            t = removeKnown(t, BRACKETED_MARKER, knownMarkers, found);
            t = removeKnown(t, GLUED_TO_YEAR, knownMarkers, found);
            t = removeKnown(t, GLUED_TO_CLOSING, knownMarkers, found);
        }
        return new Stripped(t, found);
    }

    private static String removeKnown(String t, Pattern pattern, Set<String> known, Set<String> found) {
        Matcher m = pattern.matcher(t);
        StringBuilder sb = null;
        int from = 0;
        while (m.find()) {
            String marker = m.group(1);
            if (!known.contains(marker)) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(t.length());
            }
            found.add(marker);
            sb.append(t, from, m.start());
            from = m.end();
        }
        if (sb == null) {
            return t;
        }
        sb.append(t, from, t.length());
        return sb.toString();
    }
}
