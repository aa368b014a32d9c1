package org.unodc.rt.domain.resolution.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.reports.data.OrdinalNumbers;

/**
 * Reads what precedes the body of a resolution (masthead, session, agenda item, "Resolution adopted by ...",
 * number and title, sponsors of a draft) and what follows it ("47th plenary meeting 25 July 2013"), and recognises
 * the line naming the acting body ("The Economic and Social Council,").
 */
final class HeaderParser {

    /** What the masthead and heading say. */
    static final class Header {
        String number;
        String title;
        ResolutionBody adoptedBy;
        ResolutionBody coverBody;
        LocalDate adoptionDate;
        boolean draft;
        List<String> sponsors = List.of();
        String session;
        String agendaItem;
    }

    /** The line naming the acting body: "The General Assembly,". */
    record FormalOpening(String bodyName, ResolutionBody body, String rest) {}

    /** "48th plenary meeting / 28 July 2011". */
    record Footer(String meeting, LocalDate date) {}

    static final String BODY_NAMES = "Economic and Social Council|General Assembly"
            + "|Commission on Crime Prevention and Criminal Justice|Commission on Narcotic Drugs"
            + "|Conference of the Parties to the United Nations Convention against Transnational Organized Crime"
            + "|Conference of the States Parties to the United Nations Convention against Corruption"
            + "|Human Rights Council|Security Council";

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October" + "|November|December";
    private static final Pattern COVER = Pattern.compile("(?i)The\\s+(" + BODY_NAMES
            + ")\\s+recommends\\s+to\\s+the\\s+.{0,120}?\\b(?:adoption|approval)\\s+of\\s+the"
            + "\\s+following\\s+draft\\s+(?:resolution|decision)s?\\b.{0,120}");
    private static final Pattern SPONSORS =
            Pattern.compile("(?i)(.{2,800}?)\\s*:\\s*(?:revised\\s+)?draft\\s+(?:resolution|decision)\\b.{0,40}");
    private static final Pattern DRAFT_MARKER =
            Pattern.compile("(?i)(?:revised\\s+)?draft\\s+(?:resolution|decision)s?(?:\\s+[IVX]{1,5}|\\s+\\d{1,2})?"
                    + "(?:\\s+submitted\\s+by\\b.{0,200})?");
    private static final Pattern SESSION_OF_YEAR = Pattern.compile(
            "(?i)((?:resumed\\s+)?(?:substantive|organizational|regular|coordination|management|special)"
                    + "\\s+session\\s+of\\s+\\d{4})\\b");
    private static final Pattern SESSION_ORDINAL = Pattern.compile(
            "(?i)((?:resumed\\s+|reconvened\\s+)?([a-z]{3,12}(?:[\\-\u2010\u2011\u2013\\s](?:and\\s)?[a-z]{3,12}){0,3}"
                    + "|\\d{1,3}(?:st|nd|rd|th))\\s+(?:special\\s+|regular\\s+)?session)\\b");
    private static final Pattern SESSION_YEAR_FIRST = Pattern.compile("(?i)(\\d{4}\\s+(?:substantive\\s+)?session)\\b");
    private static final Pattern AGENDA = Pattern.compile(
            "(?i)\\bagenda\\s+items?\\s+(\\d{1,3}(?:\\s*\\([a-z]\\))?(?:\\s*(?:and|,)\\s*\\d{1,3}(?:\\s*\\([a-z]\\))?){0,3})"
                    + "|^items?\\s+(\\d{1,3}(?:\\s*\\([a-z]\\))?)\\s+of\\s+the\\s+(?:provisional\\s+)?agenda");
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "(?i)(?:resolution\\s+)?(S-\\d{1,2}/\\d{1,3}|\\d{4}/\\d{1,3}|\\d{1,3}/\\d{1,3})\\s*\\.?(?:\\s+(\\S.*))?");
    private static final Pattern TITLE_DASH = Pattern.compile("^[\\-\u2013\u2014]\\s+");
    private static final Pattern PLACE_AND_DATE =
            Pattern.compile("[A-Z][\\p{L} ]{1,30},\\s+\\d{1,2}(?:\\s*[\\-\u2013]\\s*\\d{1,2})?\\s+(?:" + MONTHS + ")"
                    + "(?:\\s*[\\-\u2013]\\s*\\d{1,2}\\s+(?:" + MONTHS + "))?(?:\\s+\\d{4})?");
    private static final Pattern DATE_ONLY =
            Pattern.compile("\\d{1,2}\\s+(?:" + MONTHS + ")\\s+\\d{4}|(?:" + MONTHS + ")\\s+\\d{1,2},\\s+\\d{4}");
    private static final Pattern MASTHEAD =
            Pattern.compile("(?i)(?:" + BODY_NAMES + "|United Nations|Resolution|Decision|Original\\s*:.*|Distr\\..*)");

    /** Printed document symbols: resolutions and drafts (L. documents). */
    private static final Pattern DOCUMENT_SYMBOL = Pattern.compile(
            "(?<![\\w/])(A/RES/(?:S-)?\\d{1,3}/\\d{1,4}|E/RES/\\d{4}/\\d{1,3}|E/CN\\.15/RES/\\d{1,3}/\\d{1,3}"
                    + "|E/CN\\.\\d{1,2}/\\d{4}/L\\.\\d{1,3}(?:/Rev\\.\\d{1,2})?(?:/Add\\.\\d{1,2})?"
                    + "|A/C\\.\\d/\\d{1,3}/L\\.\\d{1,3}(?:/Rev\\.\\d{1,2})?|A/\\d{1,3}/L\\.\\d{1,3}(?:/Rev\\.\\d{1,2})?"
                    + "|E/\\d{4}/L\\.\\d{1,3}(?:/Rev\\.\\d{1,2})?)(?![\\w/])");

    private static final Pattern SYMBOL_LINE = Pattern.compile(
            "(?i)(?:united nations|economic and social council|general assembly)?\\s*(?:\\d{1,3}\\s*/\\s*\\d{1,3}\\s+)?"
                    + "(\\S{5,40})(?:\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?(?:\\s+distr\\..{0,40})?");

    private static final List<String> COUNTRIES_WITH_AND = List.of(
            "Antigua and Barbuda",
            "Bosnia and Herzegovina",
            "Saint Kitts and Nevis",
            "Saint Vincent and the Grenadines",
            "Sao Tome and Principe",
            "S\u00E3o Tom\u00E9 and Pr\u00EDncipe",
            "Trinidad and Tobago",
            "United Kingdom of Great Britain and Northern Ireland",
            "Group of 77 and China");

    private HeaderParser() {}

    /**
     * Whether the line is the cover page's "Resolution adopted by ..." line or the number and title line: an
     * enacting formula before them is the name of the body in the masthead ("الجمعية العامة", "大会").
     */
    static boolean isCoverLine(String line, LanguageForms forms) {
        if (line.isEmpty() || line.length() > 1500) {
            return false;
        }
        String t = clean(line);
        if (forms.adoptedBy(t) != null) {
            return true;
        }
        Matcher number = NUMBER_LINE.matcher(t);
        return number.matches()
                && number.group(2) != null
                && !DATE_ONLY.matcher(number.group(2)).lookingAt();
    }

    static boolean isCover(String line) {
        return COVER.matcher(line).matches();
    }

    static Header parse(List<Line> lines, LanguageForms forms) {
        boolean english = forms.language == UnLanguage.EN;
        Header h = new Header();
        List<String> texts = new ArrayList<>(lines.size());
        for (Line line : lines) {
            texts.add(clean(line.text()));
        }
        int numberLine = -1;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (t.isEmpty() || t.length() > 1500) {
                continue;
            }
            Matcher adopted = forms.adoptedBy(t);
            if (adopted != null) {
                h.adoptedBy = forms.body(adopted.group(1));
                LocalDate d = forms.date(t);
                if (d != null) {
                    h.adoptionDate = d;
                }
                continue;
            }
            Matcher cover = COVER.matcher(t);
            if (cover.matches()) {
                h.coverBody = forms.body(cover.group(1));
                h.draft = true;
                continue;
            }
            Matcher sponsors = SPONSORS.matcher(t);
            if (sponsors.matches() && !DRAFT_MARKER.matcher(t).matches()) {
                h.sponsors = sponsors(prependWrapped(texts, i, sponsors.group(1)));
                h.draft = true;
                continue;
            }
            if (DRAFT_MARKER.matcher(t).matches()) {
                h.draft = true;
                continue;
            }
            if (h.session == null) {
                h.session = english ? session(t) : forms.session(t);
            }
            if (h.agendaItem == null && !english) {
                h.agendaItem = forms.agendaItem(t);
            } else if (h.agendaItem == null) {
                Matcher agenda = AGENDA.matcher(t);
                if (agenda.find()) {
                    String item = agenda.group(1) != null ? agenda.group(1) : agenda.group(2);
                    h.agendaItem = TextPatterns.DIGIT_PARENTHESIS
                            .matcher(TextPatterns.oneSpace(item))
                            .replaceAll("$1 (");
                }
            }
            if (numberLine < 0) {
                Matcher number = NUMBER_LINE.matcher(t);
                if (number.matches()
                        && (number.group(2) == null
                                || !DATE_ONLY.matcher(number.group(2)).lookingAt())) {
                    numberLine = i;
                    h.number = number.group(1);
                }
            }
        }
        h.title = title(texts, numberLine, forms);
        return h;
    }

    private static String session(String t) {
        Matcher ofYear = SESSION_OF_YEAR.matcher(t);
        if (ofYear.lookingAt()) {
            return capitalise(ofYear.group(1));
        }
        Matcher ordinal = SESSION_ORDINAL.matcher(t);
        if (ordinal.lookingAt()) {
            String word = ordinal.group(2);
            if (OrdinalNumbers.parse(word).isPresent()) {
                return capitalise(ordinal.group(1));
            }
        }
        Matcher yearFirst = SESSION_YEAR_FIRST.matcher(t);
        if (yearFirst.lookingAt()) {
            return yearFirst.group(1);
        }
        return null;
    }

    private static String capitalise(String s) {
        String t = TextPatterns.oneSpace(s).strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** A sponsor list may wrap over lines ending with a comma: "Argentina, Brazil,\nPeru: draft resolution". */
    private static String prependWrapped(List<String> texts, int index, String last) {
        StringBuilder sb = new StringBuilder(last);
        int j = index - 1;
        while (j >= 0 && j > index - 10) {
            String previous = texts.get(j);
            if (previous.isEmpty()) {
                j--;
                continue;
            }
            String current = sb.toString();
            if (previous.endsWith(",")
                    || previous.endsWith(" and")
                    || current.startsWith("and ")
                    || Character.isLowerCase(current.charAt(0))) {
                sb.insert(0, previous + " ");
                j--;
            } else {
                break;
            }
        }
        return sb.toString();
    }

    static List<String> sponsors(String list) {
        String s = list.strip();
        for (String country : COUNTRIES_WITH_AND) {
            s = s.replace(country, country.replace(" and ", "\u0001"));
        }
        // commas and "and" inside parentheses do not separate sponsors: "(on behalf of ... 77 and China)"
        StringBuilder protectedText = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth > 0 && c == ',') {
                protectedText.append('\u0002');
            } else if (depth > 0 && s.startsWith(" and ", i)) {
                protectedText.append('\u0001');
                i += 4;
            } else {
                protectedText.append(c);
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : TextPatterns.SPONSOR_SEPARATOR.split(protectedText.toString())) {
            String name = part.replace("\u0001", " and ").replace('\u0002', ',').strip();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    private static String title(List<String> texts, int numberLine, LanguageForms forms) {
        List<String> parts = new ArrayList<>();
        if (numberLine >= 0) {
            Matcher number = NUMBER_LINE.matcher(texts.get(numberLine));
            if (number.matches() && number.group(2) != null) {
                parts.add(number.group(2));
            }
            for (int i = numberLine + 1; i < texts.size() && parts.size() < 4; i++) {
                String t = texts.get(i);
                if (t.isEmpty()) {
                    if (!parts.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (isMetadata(t, forms)) {
                    break;
                }
                parts.add(t);
            }
        } else {
            int i = texts.size() - 1;
            while (i >= 0 && texts.get(i).isEmpty()) {
                i--;
            }
            List<String> reversed = new ArrayList<>();
            while (i >= 0 && !texts.get(i).isEmpty() && !isMetadata(texts.get(i), forms) && reversed.size() < 4) {
                reversed.add(0, texts.get(i));
                i--;
            }
            parts.addAll(reversed);
        }
        if (parts.isEmpty()) {
            return null;
        }
        // some Arabic title lines put a dash between the number and the title
        String title = TITLE_DASH
                .matcher(TextPatterns.oneSpace(String.join(" ", parts)).strip())
                .replaceFirst("");
        return title.isEmpty() || title.length() > 1000 ? null : title;
    }

    private static boolean isMetadata(String t, LanguageForms forms) {
        return forms.adoptedBy(t) != null
                || forms.session(t) != null
                || forms.agendaItem(t) != null
                || COVER.matcher(t).matches()
                || SPONSORS.matcher(t).matches()
                || DRAFT_MARKER.matcher(t).matches()
                || session(t) != null
                || AGENDA.matcher(t).find()
                || t.startsWith("[")
                || DATE_ONLY.matcher(t).matches()
                || PLACE_AND_DATE.matcher(t).matches()
                || MASTHEAD.matcher(t).matches()
                || NUMBER_LINE.matcher(t).matches()
                || t.endsWith(":")
                || PageFurniture.isFurniture(t)
                || t.length() > 400;
    }

    /** Header text without italics marks and footnote markers. */
    static String clean(String text) {
        String t = text.replace("*", "");
        t = TextPatterns.NOTE_MARKS.matcher(t).replaceAll("");
        return TextPatterns.oneSpace(t).strip();
    }

    /** A footer line "47th plenary meeting 25 July 2013" (date possibly on the next line), or null. */
    static Footer footer(List<Line> lines, int index, LanguageForms forms) {
        String t = clean(lines.get(index).text());
        Matcher m = forms.footer(t);
        if (m == null) {
            return null;
        }
        LocalDate date = forms.date(m.group(2));
        if (date == null && index + 1 < lines.size()) {
            date = forms.date(clean(lines.get(index + 1).text()));
        }
        return new Footer(TextPatterns.oneSpace(m.group(1)), date);
    }

    /** A footer run into the last line of the last paragraph: returns where it starts, or -1. */
    static int inlineFooterStart(String line, LanguageForms forms) {
        if (line.length() > 20000) {
            return -1;
        }
        Matcher m = forms.inlineFooter(line);
        return m != null ? m.start() : -1;
    }

    static Footer inlineFooter(String line, LanguageForms forms) {
        Matcher m = forms.inlineFooter(clean(line));
        if (m == null) {
            return null;
        }
        return new Footer(TextPatterns.oneSpace(m.group(1)), forms.date(m.group(2)));
    }

    /** Document symbols printed on their own (masthead or running head) lines. */
    static List<String> symbols(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (Line line : lines) {
            String t = line.text();
            if (t.isEmpty() || t.length() > 120) {
                continue;
            }
            Matcher m = SYMBOL_LINE.matcher(t);
            if (!m.matches()) {
                continue;
            }
            Matcher s = DOCUMENT_SYMBOL.matcher(m.group(1));
            if (s.matches() && !out.contains(s.group(1))) {
                out.add(s.group(1));
            }
        }
        return out;
    }
}
