package org.unodc.rt.reports.layout;

import static org.unodc.rt.reports.layout.Block.Kind.ANNEX;
import static org.unodc.rt.reports.layout.Block.Kind.CHART;
import static org.unodc.rt.reports.layout.Block.Kind.EXTRACT;
import static org.unodc.rt.reports.layout.Block.Kind.FIELD;
import static org.unodc.rt.reports.layout.Block.Kind.HEADING_1;
import static org.unodc.rt.reports.layout.Block.Kind.HEADING_2;
import static org.unodc.rt.reports.layout.Block.Kind.HEADING_3;
import static org.unodc.rt.reports.layout.Block.Kind.MATRIX_ROW;
import static org.unodc.rt.reports.layout.Block.Kind.PAGE_BREAK;
import static org.unodc.rt.reports.layout.Block.Kind.PARAGRAPH;
import static org.unodc.rt.reports.layout.Block.Kind.QUOTE;
import static org.unodc.rt.reports.layout.Block.Kind.TITLE;
import static org.unodc.rt.reports.layout.Block.Kind.TOC_ENTRY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.unodc.rt.reports.data.Answer;
import org.unodc.rt.reports.data.ImplementationStatus;
import org.unodc.rt.reports.data.Languages;
import org.unodc.rt.reports.data.MatrixRow;
import org.unodc.rt.reports.data.OrdinalNumbers;
import org.unodc.rt.reports.data.ParagraphFindings;
import org.unodc.rt.reports.data.RegionalGroup;
import org.unodc.rt.reports.data.ResolutionFindings;
import org.unodc.rt.reports.data.ResolutionRef;
import org.unodc.rt.reports.data.ReturnSection;
import org.unodc.rt.reports.data.SecretaryGeneralReportData;
import org.unodc.rt.reports.data.Session;
import org.unodc.rt.reports.data.SessionReportData;
import org.unodc.rt.reports.data.StateReturnData;

/**
 * Writes the text of the reports: the standard wording of a report of the Secretary-General
 * around the figures and extracts, with chapters, sections and paragraphs numbered as in UN
 * documents. One composer per document, since it carries the paragraph and table counters.
 */
public final class DocumentComposer {

    /** The matrix band has this many paragraph columns; wider resolutions continue in a second table. */
    public static final int MATRIX_COLUMNS = 12;

    private static final String ANNEXES = "Annexes";
    private static final String ANNEXES_TITLE = "Replies and implementation status by resolution";
    private static final String OVERALL_CONCLUSIONS = "Conclusions and recommendations";

    private int paragraph;
    private int tables;
    private int figures;

    /** Report 1: the chapters I–IV and the two annexes. */
    public Iterator<Block> secretaryGeneralReport(SecretaryGeneralReportData data) {
        List<Block> blocks = new ArrayList<>();
        findings(blocks, data.findings(), data.header().session(), 1, "");
        blocks.add(Block.of(PAGE_BREAK, null, null));
        annexes(blocks, data.findings(), 1, "");
        return blocks.iterator();
    }

    /** Report 2, front matter: the table of contents, one entry per resolution chapter. */
    public static List<Block> sessionContents(SessionReportData data, Map<String, Integer> pageOfAnchor) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(TITLE, null, "Contents"));
        List<ResolutionFindings> resolutions = data.resolutions();
        for (int i = 0; i < resolutions.size(); i++) {
            ResolutionFindings r = resolutions.get(i);
            Integer page = pageOfAnchor.get(Block.label(Numbering.roman(i + 1) + ".", chapterTitle(r)));
            blocks.add(new Block(
                    TOC_ENTRY,
                    Numbering.roman(i + 1) + ".",
                    chapterTitle(r),
                    page == null ? "" : String.valueOf(page),
                    false,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        if (!data.conclusions().isEmpty()) {
            int n = resolutions.size() + 1;
            Integer page = pageOfAnchor.get(Block.label(Numbering.roman(n) + ".", OVERALL_CONCLUSIONS));
            blocks.add(new Block(
                    TOC_ENTRY,
                    Numbering.roman(n) + ".",
                    OVERALL_CONCLUSIONS,
                    page == null ? "" : String.valueOf(page),
                    false,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        blocks.add(new Block(TOC_ENTRY, "", "Annexes", annexPage(pageOfAnchor), false, null, null, null, null, null));
        return blocks;
    }

    private static String annexPage(Map<String, Integer> pageOfAnchor) {
        Integer page = pageOfAnchor.get(Block.label(ANNEXES, ANNEXES_TITLE));
        return page == null ? "" : String.valueOf(page);
    }

    /** "Combating … precious metals (resolution 2013/38)"; a resolution known only by its title is named once. */
    private static String chapterTitle(ResolutionFindings r) {
        ResolutionRef ref = r.resolution();
        return ref.namedByTitle() ? ref.title() : ref.title() + " (" + ref.reference() + ")";
    }

    /** "(2013/38)" after a caption; a resolution known only by its title is the chapter's own, named in its heading. */
    private static String suffix(ResolutionFindings r) {
        return r.resolution().namedByTitle() ? "" : " (" + r.resolution().shortName() + ")";
    }

    /**
     * Report 2, body: one chapter per resolution, then one annex per resolution. Chapters are
     * composed as the template asks for them, so the whole session is never laid out at once.
     */
    public Iterator<Block> sessionBody(SessionReportData data) {
        List<ResolutionFindings> resolutions = data.resolutions();
        Iterator<List<Block>> parts = IntStream.rangeClosed(0, resolutions.size())
                .mapToObj(i -> {
                    List<Block> blocks = new ArrayList<>();
                    if (i < resolutions.size()) {
                        ResolutionFindings r = resolutions.get(i);
                        blocks.add(Block.heading(HEADING_1, Numbering.roman(i + 1) + ".", chapterTitle(r)));
                        findings(blocks, r, data.header().session(), 2, suffix(r));
                    } else {
                        if (!data.conclusions().isEmpty()) {
                            blocks.add(Block.heading(
                                    HEADING_1, Numbering.roman(resolutions.size() + 1) + ".", OVERALL_CONCLUSIONS));
                            for (String text : paragraphs(data.conclusions())) {
                                para(blocks, text);
                            }
                        }
                        blocks.add(Block.of(PAGE_BREAK, null, null));
                        blocks.add(Block.heading(ANNEX, ANNEXES, ANNEXES_TITLE));
                        for (int a = 0; a < resolutions.size(); a++) {
                            ResolutionFindings r = resolutions.get(a);
                            if (a > 0) {
                                blocks.add(Block.of(PAGE_BREAK, null, null));
                            }
                            blocks.add(Block.heading(
                                    HEADING_2,
                                    Numbering.letter(a + 1) + ".",
                                    capitalised(r.resolution().reference())));
                            annexes(blocks, r, 2, suffix(r));
                        }
                    }
                    return blocks;
                })
                .iterator();
        return flatten(parts);
    }

    private static Iterator<Block> flatten(Iterator<List<Block>> parts) {
        return new Iterator<>() {
            private Iterator<Block> current = List.<Block>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && parts.hasNext()) {
                    current = parts.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public Block next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** Chapters I–IV of the report on one resolution, at heading level {@code level}. */
    private void findings(List<Block> out, ResolutionFindings r, Session session, int level, String figureSuffix) {
        Block.Kind section = level == 1 ? HEADING_1 : HEADING_2;
        Block.Kind subsection = level == 1 ? HEADING_2 : HEADING_3;
        int sectionNo = 0;
        ResolutionRef ref = r.resolution();
        String sessionName = OrdinalNumbers.toWords(session.ordinal()) + " session";

        out.add(Block.heading(section, sectionLabel(level, ++sectionNo), "Introduction"));
        if (r.mandate() != null) {
            para(
                    out,
                    "In paragraph " + r.mandate().paragraphNumber() + " of " + (ref.draft() ? "" : "its ")
                            + ref.referenceWithTitle() + ", " + ref.organ().inSentence() + ":");
            out.add(Block.of(
                    QUOTE, r.mandate().paragraphNumber() + ".", r.mandate().text()));
            para(out, "The present report has been prepared pursuant to that request. " + invitation(r));
        } else {
            para(
                    out,
                    capitalised(ref.organ().inSentence()) + (ref.draft() ? " has before it " : " adopted ")
                            + ref.referenceWithTitle() + ". No report on "
                            + (ref.namedByTitle() ? "it" : ref.reference())
                            + " is requested for the " + sessionName + "; the present report sets out the information"
                            + " that Member States provided on its implementation in the reporting cycle for that"
                            + " session. " + invitation(r));
        }

        out.add(Block.heading(section, sectionLabel(level, ++sectionNo), "Replies received"));
        int replied = r.statesReplying();
        figures++;
        // The distribution is said in words and drawn in the figure; a table of five lines would say it a third time.
        List<String> byGroup = r.replies().stream()
                .filter(rr -> rr.asked() > 0)
                .map(rr -> rr.replied() + " of the " + rr.asked() + " "
                        + rr.group().label())
                .toList();
        para(
                out,
                "As at the date of the present report, replies had been received from " + replied + " of the "
                        + r.statesAsked() + " States asked (" + percent(replied, r.statesAsked()) + ")"
                        + (byGroup.isEmpty() ? "" : ": " + inWords(byGroup)) + " (see figure "
                        + Numbering.roman(figures) + ").");
        out.add(new Block(
                CHART,
                "Figure " + Numbering.roman(figures) + ".",
                "Replies by regional group" + figureSuffix,
                null,
                false,
                null,
                null,
                null,
                Charts.repliesByRegion(r.replies()),
                null));

        out.add(Block.heading(section, sectionLabel(level, ++sectionNo), "Measures reported"));
        figures++;
        para(
                out,
                "The sections below summarize, for each operative paragraph addressed to Member States, the"
                        + " implementation status that States reported and the measures they described. Figure "
                        + Numbering.roman(figures) + " shows the statuses reported, paragraph by paragraph.");
        out.add(new Block(
                CHART,
                "Figure " + Numbering.roman(figures) + ".",
                "Implementation status by operative paragraph" + figureSuffix,
                null,
                false,
                null,
                null,
                null,
                Charts.statusByParagraph(r.paragraphs(), r.statesAsked()),
                null));
        int sub = 0;
        for (ParagraphFindings p : r.paragraphs()) {
            out.add(Block.heading(
                    subsection,
                    (level == 1 ? Numbering.letter(++sub) : String.valueOf(++sub)) + ".",
                    "Operative paragraph " + p.paragraphNumber()));
            out.add(Block.of(QUOTE, p.paragraphNumber() + ".", p.paragraphText()));
            // The counts by status are said in this sentence and drawn in the figure: no table repeats them.
            para(out, statusSentence(p, r.statesAsked()));
            if (!p.extracts().isEmpty()) {
                para(out, "Among the measures reported, States indicated the following:");
                for (var extract : p.extracts()) {
                    String note = extract.language().equals("en")
                            ? ""
                            : "Original: " + Languages.englishName(extract.language());
                    out.add(new Block(
                            EXTRACT,
                            null,
                            extract.text(),
                            note,
                            extract.isRightToLeft(),
                            List.of(extract.state()),
                            null,
                            null,
                            null,
                            null));
                }
            }
        }

        // Conclusions the secretariat wrote for this resolution; none written, no empty chapter.
        if (!r.conclusions().isBlank()) {
            out.add(Block.heading(section, sectionLabel(level, ++sectionNo), "Conclusions and recommendations"));
            for (String text : paragraphs(r.conclusions())) {
                para(out, text);
            }
        }
    }

    private static String invitation(ResolutionFindings r) {
        return "The Secretariat invited the " + r.statesAsked() + " Member States concerned to report, through the"
                + " implementation platform, on the measures taken to give effect to the operative paragraphs of the"
                + " resolution addressed to them. The report is based on the replies received and accepted by the"
                + " Secretariat.";
    }

    /** "a, b and c". */
    private static String inWords(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Annex I, the States that replied by group; annex II, the matrix of States × paragraphs. */
    private void annexes(List<Block> out, ResolutionFindings r, int level, String suffix) {
        Block.Kind heading = level == 1 ? ANNEX : HEADING_3;
        String first = level == 1 ? "Annex I" : "1.";
        String second = level == 1 ? "Annex II" : "2.";
        out.add(Block.heading(heading, first, "States that replied" + suffix));
        Map<RegionalGroup, List<String>> byGroup = new TreeMap<>();
        Map<String, RegionalGroup> groupOf = new java.util.HashMap<>();
        for (MatrixRow row : r.matrix()) {
            groupOf.put(row.state(), row.group());
        }
        for (String state : r.statesReplied()) {
            RegionalGroup group = groupOf.get(state);
            if (group != null) {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(state);
            }
        }
        for (Map.Entry<RegionalGroup, List<String>> e : byGroup.entrySet()) {
            out.add(Block.of(
                    FIELD,
                    e.getKey().label() + " (" + e.getValue().size() + ")",
                    String.join(", ", e.getValue()) + "."));
        }
        List<String> unknown =
                r.statesReplied().stream().filter(s -> !groupOf.containsKey(s)).toList();
        if (!unknown.isEmpty()) {
            out.add(Block.of(FIELD, "Other (" + unknown.size() + ")", String.join(", ", unknown) + "."));
        }
        if (level == 1) {
            out.add(Block.of(PAGE_BREAK, null, null));
        }
        out.add(Block.heading(heading, second, "Implementation status by State and operative paragraph" + suffix));
        List<ParagraphFindings> paragraphs = r.paragraphs();
        for (int from = 0; from < paragraphs.size(); from += MATRIX_COLUMNS) {
            int to = Math.min(paragraphs.size(), from + MATRIX_COLUMNS);
            List<String> columns = new ArrayList<>();
            columns.add("State");
            for (int i = from; i < to; i++) {
                columns.add("¶ " + paragraphs.get(i).paragraphNumber());
            }
            String table = nextTable();
            for (MatrixRow row : r.matrix()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.state());
                for (int i = from; i < to; i++) {
                    cells.add(row.statuses().get(i).code());
                }
                out.add(Block.row(MATRIX_ROW, table, columns, cells));
            }
        }
        out.add(Block.of(
                QUOTE,
                null,
                "Key: "
                        + String.join(
                                "; ",
                                Arrays.stream(ImplementationStatus.values())
                                        .map(s -> s.code() + " = " + s.label().toLowerCase(Locale.ENGLISH))
                                        .toList())
                        + "."));
    }

    /**
     * Report 3: a State's return, question by question, and the declaration, worded in the reader's language. Each
     * answer keeps its own language and direction; one written in another language than the reader's says so
     * ("[Original: Spanish]").
     */
    public static Iterator<Block> stateReturn(StateReturnData data) {
        Wording w = new Wording(data.language());
        List<Block> out = new ArrayList<>();
        out.add(Block.heading(TITLE, null, w.text("title", data.state())));
        boolean cycleRtl = Languages.looksRightToLeft(data.cycle());
        field(out, w.text("field.cycle"), Wording.inItsDirection(data.cycle(), cycleRtl), cycleRtl, null);
        field(out, w.text("field.session"), w.session(data.session()), w.rightToLeft(), null);
        field(out, w.text("field.status"), w.status(data.status()), w.rightToLeft(), null);
        field(
                out,
                w.text("field.submitted"),
                data.submittedAt() == null
                        ? w.text("submitted.not")
                        : data.submittedBy().isEmpty()
                                ? w.timestamp(data.submittedAt())
                                : w.text(
                                        "submitted.by",
                                        new Unquoted(w.timestamp(data.submittedAt())),
                                        data.submittedBy()),
                w.rightToLeft(),
                null);
        field(out, w.text("field.copyFor"), w.text("copy." + data.audience().name()), w.rightToLeft(), null);
        int chapter = 0;
        for (ReturnSection section : data.sections()) {
            out.add(Block.heading(HEADING_1, w.chapter(++chapter), chapterHeading(section, w)));
            for (Answer answer : section.answers()) {
                // The secretariat's own questions are on no paragraph: they are numbered as questions.
                out.add(Block.heading(
                        HEADING_2,
                        null,
                        w.text(
                                section.resolutionSymbol().isEmpty() ? "question" : "paragraph",
                                answer.paragraphNumber())));
                boolean questionRtl = Languages.looksRightToLeft(answer.question());
                out.add(new Block(
                        QUOTE,
                        w.own(answer.paragraphNumber() + "."),
                        Wording.inItsDirection(answer.question(), questionRtl),
                        null,
                        questionRtl,
                        null,
                        null,
                        null,
                        null,
                        null));
                field(out, w.text("field.status"), w.status(answer.status()), w.rightToLeft(), null);
                boolean rtl = Languages.isRightToLeft(answer.language());
                String original = answer.language().equals(w.language()) ? null : w.original(answer.language());
                field(out, w.text("field.narrative"), Wording.inItsDirection(answer.narrative(), rtl), rtl, original);
                field(out, w.text("field.measures"), Wording.inItsDirection(answer.measures(), rtl), rtl, original);
                field(
                        out,
                        w.text("field.legislation"),
                        Wording.inItsDirection(answer.legislation(), rtl),
                        rtl,
                        original);
                if (!answer.attachments().isEmpty()) {
                    field(
                            out,
                            w.text("field.attachments"),
                            String.join(
                                    "\n",
                                    answer.attachments().stream().map(w::quoted).toList()),
                            w.rightToLeft(),
                            null);
                }
                if (data.audience() == StateReturnData.Audience.SECRETARIAT
                        && !answer.secretariatNote().isEmpty()) {
                    boolean noteRtl = Languages.looksRightToLeft(answer.secretariatNote());
                    field(
                            out,
                            w.text("field.note"),
                            Wording.inItsDirection(answer.secretariatNote(), noteRtl),
                            noteRtl,
                            null);
                }
            }
        }
        out.add(Block.heading(HEADING_1, w.chapter(++chapter), w.text("declaration")));
        if (data.declaration().isEmpty()) {
            out.add(Block.of(PARAGRAPH, null, w.text("declaration.none")));
        } else {
            boolean rtl = Languages.looksRightToLeft(data.declaration());
            out.add(new Block(
                    PARAGRAPH,
                    null,
                    Wording.inItsDirection(data.declaration(), rtl),
                    null,
                    rtl,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return out.iterator();
    }

    /** A value already written in the document's words, put into a sentence as it is. */
    record Unquoted(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * A label and its value, laid out in the value's direction; for a State's text, the language it was written in
     * when that is not the reader's. Nothing for an empty value.
     */
    private static void field(List<Block> out, String label, String value, boolean rtl, String original) {
        if (!value.isEmpty()) {
            out.add(new Block(FIELD, label, value, original, rtl, null, null, null, null, null));
        }
    }

    private static String sectionLabel(int level, int n) {
        return level == 1 ? Numbering.roman(n) + "." : Numbering.letter(n) + ".";
    }

    private void para(List<Block> out, String text) {
        out.add(Block.of(PARAGRAPH, ++paragraph + ".", text));
    }

    private String nextTable() {
        return "table-" + ++tables;
    }

    private static String statusSentence(ParagraphFindings p, int statesAsked) {
        int noReply = Math.max(0, statesAsked - p.replies());
        return p.replies() + (p.replies() == 1 ? " State" : " States") + " reported on this paragraph: "
                + p.count(ImplementationStatus.IMPLEMENTED) + " that it had been implemented, "
                + p.count(ImplementationStatus.PARTIALLY_IMPLEMENTED) + " that it had been partially implemented, "
                + p.count(ImplementationStatus.IN_PROGRESS) + " that implementation was in progress, "
                + p.count(ImplementationStatus.NOT_STARTED) + " that it had not started and "
                + p.count(ImplementationStatus.NOT_APPLICABLE) + " that it was not applicable; "
                + noReply + (noReply == 1 ? " State" : " States") + " did not reply.";
    }

    private static String percent(int part, int whole) {
        if (whole == 0) {
            return "–";
        }
        return Math.round(100.0 * part / whole) + " per cent";
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("\\s*\\R\\s*", " "))
                .toList();
    }

    /**
     * "Title (resolution 2013/38)"; a resolution without a number (a draft) is named by its title alone, never
     * "Title (resolution Title)"; the secretariat's own questions are the general section.
     */
    private static String chapterHeading(ReturnSection section, Wording w) {
        if (section.resolutionSymbol().isEmpty()) {
            return w.text("section.general");
        }
        if (section.resolutionTitle().isEmpty()) {
            // A resolution without a number (a draft): its label is its title.
            return w.own(w.quoted(section.resolutionSymbol()));
        }
        return w.text("chapter", section.resolutionTitle(), section.resolutionSymbol());
    }
}
