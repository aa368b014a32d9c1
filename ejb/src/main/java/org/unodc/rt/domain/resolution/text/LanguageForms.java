package org.unodc.rt.domain.resolution.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * How each of the six languages writes the fixed parts of a resolution: the enacting formula ("L'Assemblée
 * générale,", "الجمعية العامة،", "大会，", "Генеральная Ассамблея,", "La Asamblea General,"), the names of the bodies,
 * the "Resolution adopted by ..." line of the cover page, dates, the session and agenda item lines, the closing
 * "nth plenary meeting" line, the recommendation of a draft ("the following draft resolution"), the annex heading,
 * and the words "resolution" and "decision" before a cited number. One table per language: the readers
 * ({@link HeaderParser}, {@link ResolutionTextParser}, {@link CitationFinder}) ask it and never test the language.
 */
final class LanguageForms {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A body name and the body it names (null: a body whose resolutions this parser does not read). */
    private record BodyStem(Pattern stem, ResolutionBody body) {}

    final UnLanguage language;
    /** The whole line of the enacting formula: group 1 the body name, group 2 what follows it on the line. */
    private final Pattern formal;
    /** Whether what follows the formula on its line must start with a capital ("The General Assembly, Recalling"). */
    private final boolean restCapitalised;

    private final List<BodyStem> bodies;
    /** "Resolution adopted by the General Assembly on ...": group 1 the body name. */
    private final Pattern adoptedBy;
    /** Day, month, year; {@link #monthOf} reads the month group. */
    private final Pattern date;

    private final int dayGroup;
    private final int monthGroup;
    private final int yearGroup;
    private final Map<String, Integer> months;
    /** The meeting of the closing line ("63rd plenary meeting", "第63次全体会议"), as a pattern to embed. */
    private final String plenary;

    private final Pattern footer;
    private final Pattern inlineFooter;
    private final Pattern followingDraft;
    private final Pattern annex;
    private final Pattern session;
    private final Pattern agenda;
    /** The word "resolution" (any form) before a number, and the word "decision" that cancels it. */
    final Pattern resolutionWord;

    final Pattern decisionWord;
    /** Chinese writes the number before the word: "第76/187号决议"; null in the other languages. */
    final Pattern resolutionWordAfter;

    private LanguageForms(Builder b) {
        this.language = b.language;
        this.formal = b.formal;
        this.restCapitalised = b.restCapitalised;
        this.bodies = b.bodies;
        this.adoptedBy = b.adoptedBy;
        this.date = b.date;
        this.dayGroup = b.dayGroup;
        this.monthGroup = b.monthGroup;
        this.yearGroup = b.yearGroup;
        this.months = b.months;
        this.plenary = b.plenary;
        this.footer = Pattern.compile("\\*?\\s*(" + plenary + ")\\*?\\s*[,.\u060C\uFF0C]?\\s*(.{0,60})", FLAGS);
        this.inlineFooter = Pattern.compile(
                "\\s\\*?(" + (b.inlinePlenary != null ? b.inlinePlenary : plenary)
                        + ")\\*?\\s*[,.\u060C\uFF0C]?\\s*(.{0,60})$",
                FLAGS);
        this.followingDraft = b.followingDraft;
        this.annex = b.annex;
        this.session = b.session;
        this.agenda = b.agenda;
        this.resolutionWord = b.resolutionWord;
        this.decisionWord = b.decisionWord;
        this.resolutionWordAfter = b.resolutionWordAfter;
    }

    private static final Map<UnLanguage, LanguageForms> ALL = new EnumMap<>(UnLanguage.class);

    static LanguageForms of(UnLanguage language) {
        return ALL.get(language == null ? UnLanguage.EN : language);
    }

    /** The enacting formula on this line: its body name and what follows it, or null. */
    HeaderParser.FormalOpening formalOpening(String line) {
        if (line.length() > 4000) {
            return null;
        }
        Matcher m = formal.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        if (!rest.isEmpty()) {
            char c = rest.charAt(0);
            boolean quoteOrItalics = c == '"' || c == '\u201C' || c == '\u00AB' || c == '*';
            // "The General Assembly, Recalling ..." on one line; but not "The General Assembly, at its ..."
            if (restCapitalised
                    ? !(Character.isUpperCase(c) || quoteOrItalics)
                    : !(Character.isLetter(c) || quoteOrItalics)) {
                return null;
            }
        }
        String name = m.group(1);
        return new HeaderParser.FormalOpening(name, body(name), rest);
    }

    /** The body a name (in any case of the language) names, or null. */
    ResolutionBody body(String name) {
        String n = TextPatterns.oneSpace(name.toLowerCase(Locale.ROOT));
        for (BodyStem b : bodies) {
            if (b.stem().matcher(n).find()) {
                return b.body();
            }
        }
        return null;
    }

    /** "Resolution adopted by the Economic and Social Council on 25 July 2023": the body, or null if not that line. */
    Matcher adoptedBy(String line) {
        Matcher m = adoptedBy.matcher(line);
        return m.lookingAt() ? m : null;
    }

    /** The first date written in the text, or null. */
    LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = date.matcher(text);
        while (m.find()) {
            Integer month = monthOf(m.group(monthGroup));
            if (month == null) {
                continue;
            }
            try {
                return LocalDate.of(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup)));
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private Integer monthOf(String written) {
        String w = TextPatterns.oneSpace(written.toLowerCase(Locale.ROOT)).strip();
        if (months.isEmpty()) {
            try {
                return Integer.parseInt(w);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer exact = months.get(w);
        if (exact != null) {
            return exact;
        }
        // Arabic writes both names, "كانون الأول/ديسمبر": the last one decides
        int slash = w.lastIndexOf('/');
        return slash >= 0 ? months.get(w.substring(slash + 1).strip()) : null;
    }

    /** The closing line "47th plenary meeting [date]": group 1 the meeting, group 2 what follows. */
    Matcher footer(String line) {
        Matcher m = footer.matcher(line);
        return m.matches() ? m : null;
    }

    /** The closing line run into the last line of the last paragraph. */
    Matcher inlineFooter(String line) {
        Matcher m = inlineFooter.matcher(line);
        return m.find() ? m : null;
    }

    /** Whether the line ends with "the following draft resolution:" (the draft follows). */
    boolean recommendsFollowingDraft(String line) {
        return line.length() <= 4000 && followingDraft.matcher(line).matches();
    }

    /** Whether the line is the heading of an annex ("Annex", "Annexe II", "附件", "المرفق"). */
    boolean isAnnexHeading(String line) {
        return line.length() <= 24 && annex.matcher(line).matches();
    }

    /** The session line of the cover page as written ("Seventy-sixth session"), or null. */
    String session(String line) {
        if (session == null || line.length() > 80) {
            return null;
        }
        Matcher m = session.matcher(line);
        return m.matches() ? TextPatterns.oneSpace(line).strip() : null;
    }

    /** The agenda item of the cover page ("15", "19 (c)"), or null. */
    String agendaItem(String line) {
        if (agenda == null || line.length() > 200) {
            return null;
        }
        Matcher m = agenda.matcher(line);
        return m.lookingAt() ? TextPatterns.oneSpace(m.group(1)).strip() : null;
    }

    private static final class Builder {
        final UnLanguage language;
        Pattern formal;
        boolean restCapitalised = true;
        List<BodyStem> bodies;
        Pattern adoptedBy;
        Pattern date;
        int dayGroup = 1;
        int monthGroup = 2;
        int yearGroup = 3;
        Map<String, Integer> months = Map.of();
        String plenary;
        /** The meeting when run into the last paragraph, if stricter than {@link #plenary}. */
        String inlinePlenary;

        Pattern followingDraft;
        Pattern annex;
        Pattern session;
        Pattern agenda;
        Pattern resolutionWord;
        Pattern decisionWord;
        Pattern resolutionWordAfter;

        Builder(UnLanguage language) {
            this.language = language;
        }

        void register() {
            ALL.put(language, new LanguageForms(this));
        }
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    private static BodyStem stem(String regex, ResolutionBody body) {
        return new BodyStem(Pattern.compile(regex, FLAGS), body);
    }

    private static Map<String, Integer> months(String... names) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i].split("\\|")) {
                out.put(name.toLowerCase(Locale.ROOT), i + 1);
            }
        }
        return Map.copyOf(out);
    }

    private static String alternatives(Map<String, Integer> months) {
        return months.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }

    /** A paragraph or sub-paragraph number in the brackets of a decision or an item letter. */
    private static final String ITEM = "\\d{1,3}(?:\\s*\\(?\\s*[\\p{L}]{1,2}\\s*\\))?";

    static {
        Builder en = new Builder(UnLanguage.EN);
        en.formal =
                Pattern.compile("[\"\u201C\u201E]?\\s*The\\s+(" + HeaderParser.BODY_NAMES + ")\\s*(?:[,:]\\s*(.*))?");
        en.bodies = List.of(
                stem("^economic and social council$", ResolutionBody.ECOSOC),
                stem("^general assembly$", ResolutionBody.GA),
                stem("^commission on crime prevention and criminal justice$", ResolutionBody.CCPCJ));
        en.adoptedBy =
                p("resolution\\s+adopted\\s+by\\s+the\\s+(economic\\s+and\\s+social\\s+council|general\\s+assembly"
                        + "|commission\\s+on\\s+crime\\s+prevention\\s+and\\s+criminal\\s+justice)\\b(.{0,60})");
        en.months = months(
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December");
        en.date = Pattern.compile("\\b(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September"
                + "|October|November|December)\\s+(\\d{4})\\b");
        en.plenary = "\\d{1,3}\\s*(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\b";
        en.inlinePlenary = "\\d{1,3}\\s*(?:st|nd|rd|th)\\s+plenary\\s+meeting\\b";
        en.followingDraft = p(".*\\bfollowing\\s+draft\\s+(?:resolution|decision)s?\\s*:?\\s*[\"\u201D]?\\s*");
        en.annex = p("annex(?:es)?(?:\\s+[IVX]{1,5}|\\s+\\d{1,2})?\\.?");
        en.resolutionWord = p("resolution");
        en.decisionWord = p("decision");
        en.register();

        Builder fr = new Builder(UnLanguage.FR);
        String frNames = "Assembl\u00E9e\\s*g\u00E9n\u00E9rale|Conseil\\s*\u00E9conomique\\s*et\\s*social"
                + "|Commission\\s+(?:pour\\s+la|de\\s+la)\\s+pr\u00E9vention\\s+du\\s+crime\\s+et\\s+(?:de\\s+)?la"
                + "\\s+justice\\s+p\u00E9nale|Commission\\s+des\\s+stup\u00E9fiants"
                + "|Conseil\\s+des\\s+droits\\s+de\\s+l['\u2019]\\s*homme|Conseil\\s+de\\s+s\u00E9curit\u00E9";
        fr.formal = Pattern.compile(
                "[\"\u201C\u00AB]?\\s*(?:L['\u2019]\\s*|Le\\s+|La\\s+)(" + frNames + ")\\s*(?:[,:]\\s*(.*))?");
        fr.bodies = List.of(
                stem("assembl\u00E9e", ResolutionBody.GA),
                stem("\u00E9conomique", ResolutionBody.ECOSOC),
                stem("pr\u00E9vention du crime", ResolutionBody.CCPCJ));
        fr.adoptedBy = p(
                "r\u00E9solution\\s+adopt\u00E9e\\s+par\\s+(?:l['\u2019]\\s*|le\\s+|la\\s+)(" + frNames + ")(.{0,60})");
        fr.months = months(
                "janvier",
                "f\u00E9vrier|fevrier",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "ao\u00FBt|aout",
                "septembre",
                "octobre",
                "novembre",
                "d\u00E9cembre|decembre");
        fr.date = p("(?<!\\d)(\\d{1,2})(?:er|re)?\\s+(" + alternatives(fr.months) + ")\\s+(\\d{4})(?!\\d)");
        fr.plenary = "(?:\\d{1,3}\\s*(?:e|re|er|\u00E8me)|premi\u00E8re)\\s+s\u00E9ance(?:\\s+pl\u00E9ni\u00E8re)?";
        fr.followingDraft =
                p(".*\\bprojets?\\s+de\\s+(?:r\u00E9solution|d\u00E9cision)s?\\s+(?:suivants?|ci-apr\u00E8s)"
                        + "\\s*:?\\s*[\"\u201D\u00BB]?\\s*");
        fr.annex = p("annexes?(?:\\s+[IVX]{1,5}|\\s+\\d{1,2})?\\.?");
        fr.session = p("(?:[\\p{L}\\-]+\\s+)?session(?:\\s+extraordinaire)?(?:\\s+(?:de\\s+)?\\d{4})?"
                + "(?:\\s+\\(reprise\\))?");
        fr.agenda = p("points?\\s+(" + ITEM + ")\\s+de\\s+l['\u2019]\\s*ordre\\s+du\\s+jour");
        fr.resolutionWord = p("r\u00E9solution");
        fr.decisionWord = p("d\u00E9cision");
        fr.register();

        Builder es = new Builder(UnLanguage.ES);
        String esNames = "Asamblea\\s+General|Consejo\\s+Econ\u00F3mico\\s+y\\s+Social"
                + "|Comisi\u00F3n\\s+de\\s+Prevenci\u00F3n\\s+del\\s+Delito\\s+y\\s+Justicia\\s+Penal"
                + "|Comisi\u00F3n\\s+de\\s+Estupefacientes|Consejo\\s+de\\s+Derechos\\s+Humanos"
                + "|Consejo\\s+de\\s+Seguridad";
        es.formal = Pattern.compile("[\"\u201C\u00AB]?\\s*(?:La|El)\\s+(" + esNames + ")\\s*(?:[,:]\\s*(.*))?");
        es.bodies = List.of(
                stem("asamblea", ResolutionBody.GA),
                stem("econ\u00F3mico", ResolutionBody.ECOSOC),
                stem("prevenci\u00F3n del delito", ResolutionBody.CCPCJ));
        es.adoptedBy = p("resoluci\u00F3n\\s+aprobada\\s+por\\s+(?:la|el)\\s+(" + esNames + ")(.{0,60})");
        es.months = months(
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre|setiembre",
                "octubre",
                "noviembre",
                "diciembre");
        es.date = p("(?<!\\d)(\\d{1,2})\\s+de\\s+(" + alternatives(es.months) + ")\\s+de(?:l)?\\s+(\\d{4})(?!\\d)");
        es.plenary = "(?:\\d{1,3}\\s*[a\u00AA\u00BA\u00B0]?|primera|segunda|tercera)\\s+(?:sesi\u00F3n|reuni\u00F3n)"
                + "\\s+plenaria";
        es.followingDraft = p(".*\\bsiguientes?\\s+proyectos?\\s+de\\s+(?:resoluci\u00F3n|decisi\u00F3n)(?:es)?"
                + "\\s*:?\\s*[\"\u201D\u00BB]?\\s*");
        es.annex = p("anexos?(?:\\s+[IVX]{1,5}|\\s+\\d{1,2})?\\.?");
        es.session = p(".{0,50}per\u00EDodo\\s+(?:extraordinario\\s+)?de\\s+sesiones.{0,30}");
        es.agenda = p("temas?\\s+(" + ITEM + ")\\s+del\\s+programa");
        es.resolutionWord = p("resoluci(?:\u00F3n|ones)");
        es.decisionWord = p("decisi(?:\u00F3n|ones)");
        es.register();

        Builder ru = new Builder(UnLanguage.RU);
        String ruNames =
                "\u0413\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\\S{2,3}\\s+\u0410\u0441\u0441\u0430\u043C\u0431\u043B\u0435\\S{1,3}"
                        + "|\u042D\u043A\u043E\u043D\u043E\u043C\u0438\u0447\u0435\u0441\u043A\\S{2,3}\\s+\u0438\\s+\u0421\u043E\u0446\u0438\u0430\u043B\u044C\u043D\\S{2,3}\\s+\u0421\u043E\u0432\u0435\u0442\\S{0,3}"
                        + "|\u041A\u043E\u043C\u0438\u0441\u0441\u0438\\S{1,3}\\s+\u043F\u043E\\s+\u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0436\u0434\u0435\u043D\u0438\u044E\\s+\u043F\u0440\u0435\u0441\u0442\u0443\u043F\u043D\u043E\u0441\u0442\u0438"
                        + "\\s+\u0438\\s+\u0443\u0433\u043E\u043B\u043E\u0432\u043D\u043E\u043C\u0443\\s+\u043F\u0440\u0430\u0432\u043E\u0441\u0443\u0434\u0438\u044E"
                        + "|\u041A\u043E\u043C\u0438\u0441\u0441\u0438\\S{1,3}\\s+\u043F\u043E\\s+\u043D\u0430\u0440\u043A\u043E\u0442\u0438\u0447\u0435\u0441\u043A\u0438\u043C\\s+\u0441\u0440\u0435\u0434\u0441\u0442\u0432\u0430\u043C"
                        + "|\u0421\u043E\u0432\u0435\u0442\\S{0,3}\\s+\u043F\u043E\\s+\u043F\u0440\u0430\u0432\u0430\u043C\\s+\u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430"
                        + "|\u0421\u043E\u0432\u0435\u0442\\S{0,3}\\s+\u0411\u0435\u0437\u043E\u043F\u0430\u0441\u043D\u043E\u0441\u0442\u0438";
        ru.formal = Pattern.compile("[\"\u201C\u00AB]?\\s*(" + ruNames + ")\\s*(?:[,:]\\s*(.*))?");
        ru.restCapitalised = false;
        ru.bodies = List.of(
                stem("\u0430\u0441\u0441\u0430\u043C\u0431\u043B\u0435", ResolutionBody.GA),
                stem("\u044D\u043A\u043E\u043D\u043E\u043C\u0438\u0447\u0435\u0441\u043A", ResolutionBody.ECOSOC),
                stem(
                        "\u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0436\u0434\u0435\u043D\u0438\u044E \u043F\u0440\u0435\u0441\u0442\u0443\u043F\u043D\u043E\u0441\u0442\u0438",
                        ResolutionBody.CCPCJ));
        // "Резолюция, принятая Генеральной Ассамблеей 29 марта 2022 года"
        ru.adoptedBy = p(
                "\u0440\u0435\u0437\u043E\u043B\u044E\u0446\u0438\u044F,?\\s+\u043F\u0440\u0438\u043D\u044F\u0442\u0430\u044F\\s+("
                        + ruNames + ")(.{0,60})");
        ru.months = months(
                "\u044F\u043D\u0432\u0430\u0440\u044F",
                "\u0444\u0435\u0432\u0440\u0430\u043B\u044F",
                "\u043C\u0430\u0440\u0442\u0430",
                "\u0430\u043F\u0440\u0435\u043B\u044F",
                "\u043C\u0430\u044F",
                "\u0438\u044E\u043D\u044F",
                "\u0438\u044E\u043B\u044F",
                "\u0430\u0432\u0433\u0443\u0441\u0442\u0430",
                "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F",
                "\u043E\u043A\u0442\u044F\u0431\u0440\u044F",
                "\u043D\u043E\u044F\u0431\u0440\u044F",
                "\u0434\u0435\u043A\u0430\u0431\u0440\u044F");
        ru.date = p("(?<!\\d)(\\d{1,2})\\s+(" + alternatives(ru.months) + ")\\s+(\\d{4})(?!\\d)");
        // "63-е пленарное заседание" (hyphen, non-breaking hyphen, or a Latin e typed for the Cyrillic one)
        ru.plenary =
                "\\d{1,3}\\s*[\\-\u2010\u2011\u2013]\\s*[\u0435e]\\s+\u043F\u043B\u0435\u043D\u0430\u0440\u043D\u043E\u0435\\s+\u0437\u0430\u0441\u0435\u0434\u0430\u043D\u0438\u0435";
        ru.followingDraft = p(
                ".*\u0441\u043B\u0435\u0434\u0443\u044E\u0449\\S{2,4}\\s+\u043F\u0440\u043E\u0435\u043A\u0442\\S{0,3}\\s+(?:\u0440\u0435\u0437\u043E\u043B\u044E\u0446\u0438|\u0440\u0435\u0448\u0435\u043D\u0438)\\S{0,3}\\s*:?\\s*[\"\u201D\u00BB]?\\s*");
        ru.annex = p(
                "\u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438[\u0435\u044F](?:\\s+[IVX]{1,5}|\\s+\\d{1,2})?\\.?");
        ru.session = p(
                "(?:[\\p{L}\\-]+\\s+){0,3}(?:\u0441\u043F\u0435\u0446\u0438\u0430\u043B\u044C\u043D\u0430\u044F\\s+)?\u0441\u0435\u0441\u0441\u0438\u044F(?:\\s+\\d{4}\\s+\u0433\u043E\u0434\\S?)?");
        ru.agenda = p("\u043F\u0443\u043D\u043A\u0442\u044B?\\s+(" + ITEM
                + ")\\s+\u043F\u043E\u0432\u0435\u0441\u0442\u043A\u0438\\s+\u0434\u043D\u044F");
        ru.resolutionWord = p("\u0440\u0435\u0437\u043E\u043B\u044E\u0446");
        ru.decisionWord = p("\u0440\u0435\u0448\u0435\u043D\u0438");
        ru.register();

        Builder zh = new Builder(UnLanguage.ZH);
        String zhNames =
                "\u5927\u4F1A|\u7ECF\u6D4E\u53CA\u793E\u4F1A\u7406\u4E8B\u4F1A|\u7ECF\u6D4E\u548C\u793E\u4F1A\u7406\u4E8B\u4F1A"
                        + "|\u9884\u9632\u72AF\u7F6A\u548C\u5211\u4E8B\u53F8\u6CD5\u59D4\u5458\u4F1A|\u9EBB\u9189\u836F\u54C1\u59D4\u5458\u4F1A"
                        + "|\u4EBA\u6743\u7406\u4E8B\u4F1A|\u5B89\u5168\u7406\u4E8B\u4F1A";
        zh.formal = Pattern.compile("[\"\u201C]?\\s*(" + zhNames + ")\\s*(?:[,:\uFF0C\uFF1A\u3001]\\s*(.*))?");
        zh.restCapitalised = false;
        zh.bodies = List.of(
                stem("^\u5927\u4F1A$", ResolutionBody.GA),
                stem("\u7ECF\u6D4E(?:\u53CA|\u548C)\u793E\u4F1A\u7406\u4E8B\u4F1A", ResolutionBody.ECOSOC),
                stem("\u9884\u9632\u72AF\u7F6A", ResolutionBody.CCPCJ));
        // "2022年3月29日大会决议"
        zh.adoptedBy = p("(?:\\d{4}\\s*\u5E74\\s*\\d{1,2}\\s*\u6708\\s*\\d{1,2}\\s*\u65E5\\s*)?(" + zhNames
                + ")\\s*\u51B3\u8BAE\\s*$");
        zh.date = Pattern.compile("(\\d{4})\\s*\u5E74\\s*(\\d{1,2})\\s*\u6708\\s*(\\d{1,2})\\s*\u65E5");
        zh.yearGroup = 1;
        zh.monthGroup = 2;
        zh.dayGroup = 3;
        zh.plenary = "\u7B2C\\s*\\d{1,3}\\s*\u6B21\\s*\u5168\u4F53\u4F1A\u8BAE";
        zh.followingDraft = Pattern.compile(
                ".*(?:\u4E0B\u5217|\u4E0B\u8FF0|\u4EE5\u4E0B)(?:\u51B3\u8BAE|\u51B3\u5B9A)\u8349\u6848\\s*[:\uFF1A]?\\s*[\"\u201D]?\\s*");
        zh.annex = Pattern.compile(
                "\u9644\u4EF6(?:[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]{1,3}|\\s*[IVX]{1,5}|\\s*\\d{1,2})?");
        zh.session = Pattern.compile(
                "\u7B2C[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u96F6]{1,6}\u5C4A(?:\u7279\u522B|\u7D27\u6025\u7279\u522B)?\u4F1A\u8BAE(?:\\s*\\(\u7EED\u4F1A\\))?|\\d{4}\\s*\u5E74\u5C4A\u4F1A");
        zh.agenda = Pattern.compile("\u8BAE\u7A0B\u9879\u76EE\\s*(\\d{1,3}(?:\\s*[(\uFF08]\\s*[a-z]\\s*[)\uFF09])?)");
        zh.resolutionWord = Pattern.compile("\u51B3\u8BAE");
        zh.decisionWord = Pattern.compile("\u51B3\u5B9A");
        // the word closes the list: "第62/63号、2008年12月11日第63/119号...决议", before any comma or full stop
        zh.resolutionWordAfter = Pattern.compile("^[^\u3002\uFF1B;\uFF0C,]{0,200}?(\u51B3\u8BAE|\u51B3\u5B9A)");
        zh.register();

        Builder ar = new Builder(UnLanguage.AR);
        String arNames = "\u0627\u0644\u062C\u0645\u0639\u064A\u0629\\s+\u0627\u0644\u0639\u0627\u0645\u0629"
                + "|\u0627\u0644\u0645\u062C\u0644\u0633\\s+\u0627\u0644\u0627\u0642\u062A\u0635\u0627\u062F\u064A\\s+\u0648\u0627\u0644\u0627\u062C\u062A\u0645\u0627\u0639\u064A"
                + "|\u0644\u062C\u0646\u0629\\s+\u0645\u0646\u0639\\s+\u0627\u0644\u062C\u0631\u064A\u0645\u0629\\s+\u0648\u0627\u0644\u0639\u062F\u0627\u0644\u0629\\s+\u0627\u0644\u062C\u0646\u0627\u0626\u064A\u0629"
                + "|\u0644\u062C\u0646\u0629\\s+\u0627\u0644\u0645\u062E\u062F\u0631\u0627\u062A"
                + "|\u0645\u062C\u0644\u0633\\s+\u062D\u0642\u0648\u0642\\s+\u0627\u0644\u0625\u0646\u0633\u0627\u0646|\u0645\u062C\u0644\u0633\\s+\u0627\u0644\u0623\u0645\u0646";
        ar.formal = Pattern.compile(
                "[\"\u201C\u00AB\u201D]?\\s*(?:\u0625\u0646\\s+)?(" + arNames + ")\\s*(?:[,:\u060C]\\s*(.*))?");
        ar.restCapitalised = false;
        ar.bodies = List.of(
                stem(
                        "\u0627\u0644\u062C\u0645\u0639\u064A\u0629 \u0627\u0644\u0639\u0627\u0645\u0629",
                        ResolutionBody.GA),
                stem("\u0627\u0644\u0627\u0642\u062A\u0635\u0627\u062F\u064A", ResolutionBody.ECOSOC),
                stem("\u0645\u0646\u0639 \u0627\u0644\u062C\u0631\u064A\u0645\u0629", ResolutionBody.CCPCJ));
        // "قرار اتخذته الجمعية العامة في 29 آذار/مارس 2022"
        ar.adoptedBy =
                Pattern.compile("\u0642\u0631\u0627\u0631\\s+\u0627\u062A\u062E\u0630(?:\u062A\u0647|\u0647)\\s+("
                        + arNames + ")(.{0,60})");
        ar.months = months(
                "\u064A\u0646\u0627\u064A\u0631|\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u062B\u0627\u0646\u064A",
                "\u0641\u0628\u0631\u0627\u064A\u0631|\u0634\u0628\u0627\u0637",
                "\u0645\u0627\u0631\u0633|\u0622\u0630\u0627\u0631",
                "\u0623\u0628\u0631\u064A\u0644|\u0627\u0628\u0631\u064A\u0644|\u0625\u0628\u0631\u064A\u0644|\u0646\u064A\u0633\u0627\u0646",
                "\u0645\u0627\u064A\u0648|\u0623\u064A\u0627\u0631",
                "\u064A\u0648\u0646\u064A\u0647|\u064A\u0648\u0646\u064A\u0648|\u062D\u0632\u064A\u0631\u0627\u0646",
                "\u064A\u0648\u0644\u064A\u0647|\u064A\u0648\u0644\u064A\u0648|\u062A\u0645\u0648\u0632",
                "\u0623\u063A\u0633\u0637\u0633|\u0622\u0628",
                "\u0633\u0628\u062A\u0645\u0628\u0631|\u0623\u064A\u0644\u0648\u0644",
                "\u0623\u0643\u062A\u0648\u0628\u0631|\u062A\u0634\u0631\u064A\u0646 \u0627\u0644\u0623\u0648\u0644",
                "\u0646\u0648\u0641\u0645\u0628\u0631|\u062A\u0634\u0631\u064A\u0646 \u0627\u0644\u062B\u0627\u0646\u064A",
                "\u062F\u064A\u0633\u0645\u0628\u0631|\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u0623\u0648\u0644");
        String arMonth = "(?:" + alternatives(ar.months).replace(" ", "\\s+") + ")";
        ar.date = Pattern.compile(
                "(?<!\\d)(\\d{1,2})\\s+(" + arMonth + "(?:\\s*/\\s*" + arMonth + ")?)\\s+(\\d{4})(?!\\d)");
        // "الجلسة العامة 63"
        ar.plenary =
                "\u0627\u0644\u062C\u0644\u0633\u0629\\s+\u0627\u0644\u0639\u0627\u0645\u0629\\s+(?:\u0627\u0644)?\\s*\\d{1,3}";
        ar.followingDraft = Pattern.compile(
                ".*\u0645\u0634\u0631\u0648\u0639(?:\u064A)?\\s+(?:\u0627\u0644\u0642\u0631\u0627\u0631(?:\u064A\u0646)?|\u0627\u0644\u0645\u0642\u0631\u0631)\\s+(?:\u0627\u0644\u062A\u0627\u0644\u064A(?:\u064A\u0646)?|\u0627\u0644\u0648\u0627\u0631\u062F\\s+\u0623\u062F\u0646\u0627\u0647)\\s*[:\uFF1A]?\\s*[\"\u201D\u00BB]?\\s*");
        ar.annex = Pattern.compile("\u0627\u0644\u0645\u0631\u0641\u0642(?:\u0627\u062A)?(?:\\s+\\S{1,10})?");
        ar.session = Pattern.compile("(?:\u0627\u0644)?\u062F\u0648\u0631\u0629\\s+\\S.{1,60}");
        ar.agenda = Pattern.compile("\u0627\u0644\u0628\u0646\u062F\\s+(" + ITEM
                + ")\\s+\u0645\u0646\\s+\u062C\u062F\u0648\u0644\\s+\u0627\u0644\u0623\u0639\u0645\u0627\u0644");
        // قرار، القرار، قرارها، قراريها، قراراتها، بالقرار ... but not إقرار (acknowledgement)
        ar.resolutionWord = Pattern.compile(
                "(?<![\\p{L}&&[^\u0648\u0628\u0644\u0641]])(?:[\u0648\u0628\u0644\u0641])?(?:\u0627\u0644|\u0644\u0644)?\u0642\u0631\u0627\u0631");
        ar.decisionWord = Pattern.compile(
                "(?<![\\p{L}&&[^\u0648\u0628\u0644\u0641]])(?:[\u0648\u0628\u0644\u0641])?(?:\u0627\u0644|\u0644\u0644)?\u0645\u0642\u0631\u0631");
        ar.register();
    }
}
