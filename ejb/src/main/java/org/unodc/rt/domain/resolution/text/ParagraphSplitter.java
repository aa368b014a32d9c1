package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Groups the lines of a resolution body into preambular and operative paragraphs (with their sub-paragraphs).
 * <p>
 * Blank lines are not trusted as paragraph breaks: extraction puts them inside paragraphs (page and column breaks,
 * footnotes removed from the middle of a sentence) and leaves them out between paragraphs. A paragraph starts only
 * where the genre starts one: a number followed by a verb ("2. Invites", "- 2. Reiterates", "l. Encourages" with an
 * OCR slip), a preambular opening phrase after a paragraph that ended ("Recalling also", "Greatly concerned"), or a
 * well-known operative verb after a paragraph that ended (a lost number, or a single-paragraph resolution).
 * Every other line continues the paragraph before it.
 */
final class ParagraphSplitter {

    enum Kind {
        PREAMBLE,
        OPERATIVE
    }

    /** A paragraph as raw lines; sub-paragraphs are kept apart. */
    static final class Block {
        final Kind kind;
        final int number;
        final boolean numbered;
        final List<String> lines = new ArrayList<>();
        final List<SubBlock> subs = new ArrayList<>();

        Block(Kind kind, int number, boolean numbered) {
            this.kind = kind;
            this.number = number;
            this.numbered = numbered;
        }

        void append(String line) {
            if (!subs.isEmpty()) {
                subs.get(subs.size() - 1).lines.add(line);
            } else {
                lines.add(line);
            }
        }

        String lastLine() {
            if (!subs.isEmpty()) {
                List<String> l = subs.get(subs.size() - 1).lines;
                return l.get(l.size() - 1);
            }
            return lines.get(lines.size() - 1);
        }
    }

    static final class SubBlock {
        final String label;
        /** The place of the label in its sequence ({@link SubLabels}); 0 when not known. */
        final int ordinal;

        final List<String> lines = new ArrayList<>();

        SubBlock(String label, String first) {
            this(label, 0, first);
        }

        SubBlock(String label, int ordinal, String first) {
            this.label = label;
            this.ordinal = ordinal;
            this.lines.add(first);
        }
    }

    /** Numbered operative line: optional list marker and quote, number (OCR l/I/O tolerated), dot or parenthesis. */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:[-\u2013\u2014\u2022\u00B7\u25AA\u25E6\u2023]\\s*)?[\"\u201C\u201D\u201E]?\\s*([0-9lI|O]{1,3})\\s*[.)]\\s*(\\S.*)");
    /** A number alone on its line ("3."), its text on the next line. */
    private static final Pattern NUMBER_ONLY =
            Pattern.compile("(?:[-\u2013\u2014\u2022\u00B7]\\s*)?[\"\u201C]?\\s*([0-9lI]{1,3})\\s*[.)]");

    /**
     * Numbered operative line in any language: "1." and "1)" (Chinese also "1．"), the Arabic "1 -"; the letter l
     * typed for the digit 1 ("l.") is read as 1, as in English.
     */
    private static final Pattern NUMBERED_ANY = Pattern.compile("(?:[\u2013\u2014\u2022\u00B7\u25AA\u25E6\u2023]\\s*)?"
            + "[\"\u201C\u201D\u201E\u00AB]?\\s*([0-9l]{1,3})\\s*(?:[.)\uFF0E]|[\\-\u2013\u2014](?=\\s))\\s*(\\S.*)");

    private static final Pattern BARE_NUMBER = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");
    /** A number alone on its line: "3.", Arabic "3 -". */
    private static final Pattern NUMBER_ONLY_ANY =
            Pattern.compile("[\"\u201C\u00AB]?\\s*([0-9l]{1,3})\\s*(?:[.)\uFF0E]|[\\-\u2013\u2014])");
    /** A lettered item in any language: "(a)", "a)", Arabic "(أ)", Russian "а)", roman "(ii)". */
    private static final Pattern SUB_ANY = Pattern.compile(
            "[\"\u201C\u00AB]?\\s*\\(([\\p{L}\u0640]{1,4})\\)\\s*(\\S.*)|([\\p{L}\u0640]{1,4})\\)\\s+(\\S.*)");

    private static final Pattern SUB =
            Pattern.compile("[\"\u201C]?\\s*\\(([a-z]{1,2}|[ivx]{1,5})\\)\\s*(\\S.*)|([a-z])\\)\\s+(\\S.*)");
    private static final Pattern LEAD =
            Pattern.compile("(?:[-\u2013\u2014\u2022\u00B7\u25AA\u25E6\u2023]\\s+)?[\"\u201C\u201E\u2018']?\\s*");

    private ParagraphSplitter() {}

    /** The operative number of a numbered line, or -1. */
    static int numberOf(String line) {
        Matcher m = NUMBERED.matcher(line);
        if (!m.matches()) {
            return -1;
        }
        int n = parseNumber(m.group(1));
        if (n < 1 || VerbPhrases.operativeVerb(m.group(2)) == null) {
            return -1;
        }
        return n;
    }

    /**
     * The operative number of a numbered line in the given language, or -1. English asks for a verb after the number
     * ({@link #numberOf(String)}); the other languages for a word: their verbs are not a closed list here.
     */
    static int numberOf(String line, UnLanguage language) {
        if (language == null || language == UnLanguage.EN) {
            return numberOf(line);
        }
        Matcher m = NUMBERED_ANY.matcher(line);
        if (!m.matches() || !opensText(m.group(2))) {
            return -1;
        }
        int n = parseNumber(m.group(1));
        return n < 1 ? -1 : n;
    }

    /** Text of a numbered line after its number (and list marker, and opening quote). */
    static String afterNumber(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.matches() ? m.group(2) : line;
    }

    private static String afterNumber(String line, UnLanguage language) {
        if (language == UnLanguage.EN) {
            return afterNumber(line);
        }
        Matcher m = NUMBERED_ANY.matcher(line);
        return m.matches() ? m.group(2) : line;
    }

    /** Whether text starts with a word (or a quotation mark or italics before one). */
    private static boolean opensText(String s) {
        String t = stripLead(s);
        if (t.startsWith("*") || t.startsWith("\u00AB")) {
            t = t.substring(1).strip();
        }
        return !t.isEmpty() && Character.isLetter(t.codePointAt(0));
    }

    /** Reads "12", and the OCR slips "l2", "I2", "1O" (letter l, capital I, capital O). */
    static int parseNumber(String token) {
        StringBuilder digits = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            switch (c) {
                case 'l', 'I', '|' -> digits.append('1');
                case 'O' -> digits.append('0');
                default -> digits.append(c);
            }
        }
        int n = Integer.parseInt(digits.toString());
        // "O" alone or "0" is not a paragraph number; a leading zero ("O1") is not how paragraphs are numbered
        return digits.charAt(0) == '0' ? -1 : n;
    }

    /** Text without list marker and opening quotation mark. */
    static String stripLead(String line) {
        Matcher m = LEAD.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : line;
    }

    /** Whether a line can open a paragraph, whatever precedes it (used to protect lines from other cleaners). */
    static boolean looksLikeStart(String line) {
        if (numberOf(line) > 0) {
            return true;
        }
        String s = stripLead(line);
        if (VerbPhrases.preambleOpening(s) != null) {
            return true;
        }
        VerbPhrases.VerbMatch verb = VerbPhrases.operativeVerb(s);
        return verb != null && VerbPhrases.isKnownOperative(verb);
    }

    /**
     * Groups the lines in the given language. English paragraphs start with the genre's verbs (see
     * {@link #split(List)}). In the other languages a paragraph starts with its number, or with a word after a line
     * that ended a paragraph; once read, an unnumbered paragraph is preambular up to the last one that ends with a
     * comma (preambular paragraphs end with a comma in every language: "،" and "，" too) before the numbered ones,
     * operative after it; an unnumbered line that ends with no punctuation between operative paragraphs is a
     * heading ("Pilier I : ...") and stays with the paragraph before it.
     */
    static List<Block> split(List<Line> lines, UnLanguage language) {
        if (language == null || language == UnLanguage.EN) {
            return split(lines);
        }
        List<String> texts = mergeLoneNumbers(lines, language);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        int lastNumber = 0;
        for (String line : texts) {
            boolean boundary = current == null || endsParagraph(current.lastLine());
            if (current != null) {
                SubLabels.Label sub = SubLabels.read(line, SUB_ANY);
                if (sub != null) {
                    int ordinal = SubLabels.next(current.lastOrdinal(), sub.label());
                    if (ordinal > 0) {
                        current.subs.add(new SubBlock(sub.label(), ordinal, sub.text()));
                        continue;
                    }
                }
            }
            int number = numberOf(line, language);
            String text = afterNumber(line, language);
            if (number <= 0 && boundary && lastNumber > 0) {
                // a number typed without its full stop ("28 Constate ..."), believed when it continues the numbering
                Matcher bare = BARE_NUMBER.matcher(line);
                if (bare.matches()
                        && Integer.parseInt(bare.group(1)) == lastNumber + 1
                        && opensParagraph(bare.group(2), language)) {
                    number = lastNumber + 1;
                    text = bare.group(2);
                }
            }
            if (number > 0) {
                current = new Draft(number);
                current.lines.add(text);
                drafts.add(current);
                lastNumber = number;
                continue;
            }
            String stripped = stripLead(line);
            if (boundary && opensParagraph(stripped, language)) {
                current = new Draft(0);
                current.lines.add(stripped);
                drafts.add(current);
                continue;
            }
            if (current != null) {
                current.append(line);
            }
            // a line before the first paragraph belongs to no paragraph: it is dropped
        }
        return classify(drafts);
    }

    /** A paragraph being read, before its kind is known. */
    private static final class Draft {
        final int number;
        final List<String> lines = new ArrayList<>();
        final List<SubBlock> subs = new ArrayList<>();

        Draft(int number) {
            this.number = number;
        }

        void append(String line) {
            if (!subs.isEmpty()) {
                subs.get(subs.size() - 1).lines.add(line);
            } else {
                lines.add(line);
            }
        }

        String lastLine() {
            if (!subs.isEmpty()) {
                List<String> l = subs.get(subs.size() - 1).lines;
                return l.get(l.size() - 1);
            }
            return lines.get(lines.size() - 1);
        }

        int lastOrdinal() {
            return subs.isEmpty() ? 0 : subs.get(subs.size() - 1).ordinal;
        }

        /** All lines, items included: a preambular paragraph keeps its items in its text. */
        List<String> allLines() {
            List<String> all = new ArrayList<>(lines);
            for (SubBlock sub : subs) {
                all.add("(" + sub.label + ")");
                all.addAll(sub.lines);
            }
            return all;
        }
    }

    private static List<Block> classify(List<Draft> drafts) {
        int firstNumbered = drafts.size();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).number > 0) {
                firstNumbered = i;
                break;
            }
        }
        int lastPreamble = -1;
        for (int i = 0; i < firstNumbered; i++) {
            if (endsWithComma(drafts.get(i).lastLine())) {
                lastPreamble = i;
            }
        }
        List<Block> blocks = new ArrayList<>();
        int lastNumber = 0;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (i <= lastPreamble) {
                Block b = new Block(Kind.PREAMBLE, 0, false);
                b.lines.addAll(d.allLines());
                blocks.add(b);
                continue;
            }
            Block b;
            if (d.number > 0) {
                b = new Block(Kind.OPERATIVE, d.number, true);
                lastNumber = d.number;
            } else if (!blocks.isEmpty() && !endsParagraph(d.lastLine())) {
                // a heading between operative paragraphs
                Block previous = blocks.get(blocks.size() - 1);
                for (String line : d.allLines()) {
                    previous.append(line);
                }
                continue;
            } else {
                lastNumber++;
                b = new Block(Kind.OPERATIVE, lastNumber, false);
            }
            b.lines.addAll(d.lines);
            b.subs.addAll(d.subs);
            blocks.add(b);
        }
        return blocks;
    }

    /** Whether a line can open an unnumbered paragraph: a word, capitalised in French and Spanish. */
    private static boolean opensParagraph(String s, UnLanguage language) {
        if (!opensText(s)) {
            return false;
        }
        if (language == UnLanguage.FR || language == UnLanguage.ES) {
            String t =
                    s.startsWith("*") || s.startsWith("\u00AB") ? s.substring(1).strip() : s;
            return Character.isUpperCase(t.codePointAt(0));
        }
        return true;
    }

    private static boolean endsWithComma(String line) {
        char c = lastPunctuation(line);
        return c == ',' || c == '\u060C' || c == '\uFF0C';
    }

    static List<Block> split(List<Line> lines) {
        List<String> texts = mergeLoneNumbers(lines);
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        boolean operativeStarted = false;
        int lastNumber = 0;
        for (String line : texts) {
            boolean boundary = current == null || endsParagraph(current.lastLine());
            if (current != null && current.kind == Kind.OPERATIVE) {
                Matcher sub = SUB.matcher(line);
                if (sub.matches() && isNextLabel(current, sub.group(1) != null ? sub.group(1) : sub.group(3))) {
                    String label = sub.group(1) != null ? sub.group(1) : sub.group(3);
                    String first = sub.group(1) != null ? sub.group(2) : sub.group(4);
                    current.subs.add(new SubBlock(label, first));
                    continue;
                }
            }
            int number = numberOf(line);
            if (number > 0) {
                current = new Block(Kind.OPERATIVE, number, true);
                current.lines.add(afterNumber(line));
                blocks.add(current);
                operativeStarted = true;
                lastNumber = number;
                continue;
            }
            String stripped = stripLead(line);
            if (boundary && !operativeStarted && VerbPhrases.preambleOpening(stripped) != null) {
                current = new Block(Kind.PREAMBLE, 0, false);
                current.lines.add(stripped);
                blocks.add(current);
                continue;
            }
            if (boundary) {
                VerbPhrases.VerbMatch verb = VerbPhrases.operativeVerb(stripped);
                if (verb != null && VerbPhrases.isKnownOperative(verb)) {
                    lastNumber++;
                    current = new Block(Kind.OPERATIVE, lastNumber, false);
                    current.lines.add(stripped);
                    blocks.add(current);
                    operativeStarted = true;
                    continue;
                }
            }
            if (current != null) {
                current.append(line);
            }
            // a line before the first paragraph belongs to no paragraph: it is dropped
        }
        return blocks;
    }

    /**
     * Sub-paragraph labels follow each other: (a), (b), (c) ... or (i), (ii) ...; a stray "(c)" in the middle of a
     * paragraph whose sub-paragraphs have not started at (a) is text.
     */
    private static boolean isNextLabel(Block block, String label) {
        if (block.subs.isEmpty()) {
            return label.equals("a") || label.equals("i");
        }
        String previous = block.subs.get(block.subs.size() - 1).label;
        if (label.length() == 1 && previous.length() == 1 && label.charAt(0) == previous.charAt(0) + 1) {
            return true;
        }
        // roman numerals, and "(aa)" after "(z)"
        return TextPatterns.ROMAN.matcher(label).matches()
                        && TextPatterns.ROMAN.matcher(previous).matches()
                || label.equals("aa") && previous.equals("z")
                || label.length() == 2
                        && previous.length() == 2
                        && label.charAt(0) == label.charAt(1)
                        && previous.charAt(0) == previous.charAt(1)
                        && label.charAt(0) == previous.charAt(0) + 1
                || label.equals("a");
    }

    /** "3." alone on a line followed by "*Requests* ..." is one paragraph start. */
    private static List<String> mergeLoneNumbers(List<Line> lines) {
        return mergeLoneNumbers(lines, UnLanguage.EN);
    }

    private static List<String> mergeLoneNumbers(List<Line> lines, UnLanguage language) {
        Pattern numberOnly = language == UnLanguage.EN ? NUMBER_ONLY : NUMBER_ONLY_ANY;
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            if (i + 1 < lines.size() && t.length() <= 8 && numberOnly.matcher(t).matches()) {
                int next = i + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next < lines.size()) {
                    String merged = t + " " + lines.get(next).text();
                    if (numberOf(merged, language) > 0) {
                        out.add(merged);
                        i = next;
                        continue;
                    }
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Whether a line ends a paragraph: preambular paragraphs end with a comma, operative ones with a semicolon or a
     * full stop (a colon before sub-paragraphs or a nested draft). Footnote markers, italics and closing quotation
     * marks after the punctuation are ignored.
     */
    static boolean endsParagraph(String line) {
        char c = lastPunctuation(line);
        return c == ',' || c == ';' || c == ':' || c == '.' || PUNCTUATION_ELSEWHERE.indexOf(c) >= 0;
    }

    /** Arabic comma and semicolon, Chinese full-width comma, semicolon, colon, full stop. */
    private static final String PUNCTUATION_ELSEWHERE = "\u060C\u061B\uFF0C\uFF1B\uFF1A\u3002\uFF0E";

    /** The last character of a line before its footnote markers, italics and closing quotation marks; 0 if none. */
    private static char lastPunctuation(String line) {
        int i = line.length() - 1;
        while (i >= 0) {
            char c = line.charAt(i);
            if (c == ' '
                    || c == '*'
                    || c == '\u201D'
                    || c == '\u00BB'
                    || c == '"'
                    || c == '\u2019'
                    || FootnoteExtractor.SUPERSCRIPT_DIGITS.indexOf(c) >= 0) {
                i--;
            } else if (Character.isDigit(c) && i > 0 && isPunctuationBeforeMarker(line, i)) {
                i--;
            } else {
                break;
            }
        }
        if (i < 0) {
            return 0;
        }
        return line.charAt(i);
    }

    /** Skips a flattened marker ("thereto,2"): digits directly after punctuation. */
    private static boolean isPunctuationBeforeMarker(String line, int digitIndex) {
        int j = digitIndex;
        while (j >= 0 && Character.isDigit(line.charAt(j)) && digitIndex - j < 3) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char before = line.charAt(j);
        return before == ',' || before == ';' || "\u060C\u061B\uFF0C\uFF1B\u3002".indexOf(before) >= 0;
    }
}
