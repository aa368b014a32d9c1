package org.unodc.rt.reports.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.unodc.rt.reports.data.DocumentDates;
import org.unodc.rt.reports.data.DocumentHeader;
import org.unodc.rt.reports.data.ImplementationStatus;
import org.unodc.rt.reports.data.Languages;
import org.unodc.rt.reports.layout.Block;
import org.unodc.rt.reports.layout.Charts;

/**
 * Writes a report for the Commission as a Word document editors and translators work in: the UN masthead in the
 * first page's header, headings in Word's heading styles (so the navigation pane and a table of contents find them),
 * numbered paragraphs and quotations as paragraphs, figures as pictures with captions, tables only where the data is
 * a table, and the note on the agenda as a Word footnote. It takes the same blocks the PDF is printed from, so both
 * say the same; JasperReports' DOCX export lays a page out as one large table, which no one can edit.
 */
public final class WordDocument {

    /** A4, margins of 2.5 cm, in twentieths of a point. */
    private static final int PAGE_WIDTH = 11906;

    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1418;
    /** Width of the text, for pictures: 15.9 cm in points. */
    private static final double TEXT_WIDTH_POINTS = (PAGE_WIDTH - 2 * MARGIN) / 20.0;

    private final XWPFDocument document = new XWPFDocument();
    private String currentTable;
    private XWPFTable table;
    private boolean breakBeforeNext;
    /** The rows of the States × paragraphs matrix being read, written as lists once the matrix ends. */
    private final List<Block> matrix = new ArrayList<>();

    private WordDocument() {}

    /**
     * Writes the document. The stream is written to but not closed.
     *
     * @param frontMatter blocks printed after the summary, before the body (the contents)
     */
    public static void write(
            DocumentHeader header,
            String title,
            String summary,
            List<Block> frontMatter,
            Iterator<Block> body,
            OutputStream out) {
        WordDocument word = new WordDocument();
        word.styles();
        word.page(header);
        word.opening(header, title, summary);
        frontMatter.forEach(word::block);
        if (!frontMatter.isEmpty()) {
            word.breakBeforeNext = true;
        }
        body.forEachRemaining(word::block);
        word.endMatrix();
        try {
            word.document.write(out);
            word.document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void styles() {
        try (InputStream xml = WordDocument.class.getResourceAsStream("styles.xml")) {
            document.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("styles.xml of the Word documents is not valid", e);
        }
    }

    /** A4 portrait; the masthead in the first page's header, the symbol in the others' and the page number below. */
    private void page(DocumentHeader header) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));

        XWPFHeader first = document.createHeader(HeaderFooterType.FIRST);
        masthead(first, header);
        XWPFHeader other = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph running = other.createParagraph();
        running.setStyle("Header");
        running.createRun().setText(header.symbol());
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setStyle("Footer");
        number.setAlignment(ParagraphAlignment.RIGHT);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    /** The UN masthead: "United Nations" and the symbol, the Council and the distribution block. */
    private static void masthead(XWPFHeader first, DocumentHeader header) {
        XWPFTable masthead = first.createTable(2, 2);
        masthead.setWidth("100%");
        masthead.removeBorders();
        masthead.setBottomBorder(XWPFTable.XWPFBorderType.THICK, 12, 0, "000000");
        cell(masthead.getRow(0).getCell(0), "Mastheadunitednations", "United Nations");
        cell(masthead.getRow(0).getCell(1), "Mastheadsymbol", header.symbol());
        cell(masthead.getRow(1).getCell(0), "Mastheadbody", header.session().parentBody());
        XWPFTableCell distribution = masthead.getRow(1).getCell(1);
        cell(distribution, "Mastheaddistribution", "Distr.: " + header.distribution());
        line(distribution, DocumentDates.format(header.date()));
        distribution.addParagraph();
        line(distribution, "Original: " + header.originalLanguage());
        first.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String style, String text) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    private static void line(XWPFTableCell cell, String text) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setStyle("Mastheaddistribution");
        paragraph.createRun().setText(text);
    }

    /** The session and agenda lines under the masthead, the title, who the report is from, and the summary. */
    private void opening(DocumentHeader header, String title, String summary) {
        paragraph("Sessionbody", header.session().body());
        paragraph("Sessionline", header.session().title());
        paragraph("Sessionline", header.session().placeAndDates());
        XWPFParagraph agenda = paragraph("Sessionline", header.agendaItem().replaceAll("\\*+$", ""));
        // The agenda item refers to the provisional agenda, a document of its own: a footnote, as in UN documents.
        XWPFFootnote footnote = document.createFootnote();
        XWPFParagraph note = footnote.createParagraph();
        note.setStyle("FootnoteText");
        note.createRun().setText(header.provisionalAgenda() + ".");
        agenda.addFootnoteReference(footnote);
        paragraph("Agendatitle", header.agendaTitle());
        paragraph("Title", title);
        paragraph("Subtitle", header.issuedBy().documentType());
        if (!summary.isBlank()) {
            paragraph("Summaryheading", "Summary");
            paragraph("Summary", summary);
        }
        breakBeforeNext = true;
    }

    private void block(Block block) {
        if (block.kind() != Block.Kind.MATRIX_ROW) {
            endMatrix();
        }
        if (block.table() == null) {
            currentTable = null;
        }
        switch (block.kind()) {
            case TITLE -> paragraph("Contentsheading", block.text());
            case HEADING_1 -> numbered("Heading1", block);
            case HEADING_2 -> numbered("Heading2", block);
            case HEADING_3 -> numbered("Heading3", block);
            case ANNEX -> {
                breakBeforeNext = true;
                XWPFParagraph annex = paragraph("Heading1", block.number());
                annex.setAlignment(ParagraphAlignment.CENTER);
                XWPFRun run = annex.createRun();
                run.addBreak();
                run.setText(block.text());
            }
            case PARAGRAPH -> numbered("Numberedparagraph", block);
            case QUOTE -> numbered(block.number().isEmpty() ? "Note" : "Quotation", block);
            case EXTRACT -> extract(block);
            case FIELD -> field(block);
            case TOC_ENTRY -> numbered("TOC1", block);
            case CHART -> chart(block);
            case PAGE_BREAK -> breakBeforeNext = true;
            case MATRIX_ROW -> matrixRow(block);
            case REGION_ROW, COUNT_ROW -> row(block);
        }
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (breakBeforeNext) {
            paragraph.setPageBreak(true);
            breakBeforeNext = false;
        }
        if (!text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    /** "12." then a tab then the text: the UN's hanging numbers, typed, so a translation keeps them. */
    private void numbered(String style, Block block) {
        XWPFParagraph paragraph = paragraph(style, "");
        XWPFRun run = paragraph.createRun();
        if (!block.number().isEmpty()) {
            run.setText(block.number());
            run.addTab();
        }
        run.setText(block.text(), block.number().isEmpty() ? 0 : 1);
    }

    /**
     * A State's words: its name and the language it wrote in, then the passage in its own script and direction,
     * marked with its language so spelling and hyphenation follow it.
     */
    private void extract(Block block) {
        XWPFParagraph attribution = paragraph("Extractsource", "");
        XWPFRun state = attribution.createRun();
        state.setBold(true);
        state.setText(block.cell(0));
        if (!block.note().isEmpty()) {
            XWPFRun language = attribution.createRun();
            language.setText(" [" + block.note() + "]");
        }
        XWPFParagraph passage = paragraph("Extract", "");
        XWPFRun text = passage.createRun();
        text.setText(block.text());
        String language = languageOf(block.note());
        if (language != null) {
            text.setLang(language);
        }
        if (block.rightToLeft()) {
            CTPPr properties = passage.getCTP().isSetPPr()
                    ? passage.getCTP().getPPr()
                    : passage.getCTP().addNewPPr();
            properties.addNewBidi();
            text.getCTR().addNewRPr().addNewRtl();
            passage.setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    /** "Original: Arabic" gives "ar", for the language mark of the passage. */
    private static String languageOf(String note) {
        if (!note.startsWith("Original: ")) {
            return null;
        }
        String name = note.substring("Original: ".length());
        for (String tag : List.of("ar", "zh", "fr", "ru", "es", "en")) {
            if (Languages.englishName(tag).equals(name)) {
                return tag;
            }
        }
        return null;
    }

    private void field(Block block) {
        XWPFParagraph paragraph = paragraph("Field", "");
        XWPFRun label = paragraph.createRun();
        label.setBold(true);
        label.setText(block.number());
        XWPFRun value = paragraph.createRun();
        value.setText(": ");
        String[] lines = block.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                value.addBreak();
            }
            value.setText(lines[i], value.getCTR().sizeOfTArray());
        }
        if (block.rightToLeft()) {
            CTPPr properties = paragraph.getCTP().isSetPPr()
                    ? paragraph.getCTP().getPPr()
                    : paragraph.getCTP().addNewPPr();
            properties.addNewBidi();
        }
    }

    /** A figure: the chart as a picture across the text width, its caption below. */
    private void chart(Block block) {
        XWPFParagraph picture = paragraph("Figure", "");
        try {
            double height = TEXT_WIDTH_POINTS * Charts.HEIGHT / Charts.WIDTH;
            picture.createRun()
                    .addPicture(
                            new ByteArrayInputStream(block.image()),
                            PictureType.PNG,
                            block.number().replace(".", "").strip().toLowerCase(Locale.ROOT) + ".png",
                            Units.toEMU(TEXT_WIDTH_POINTS),
                            Units.toEMU(height));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("the chart " + block.number() + " could not be placed", e);
        }
        XWPFParagraph caption = paragraph("Caption", "");
        XWPFRun number = caption.createRun();
        number.setText(block.number() + " ");
        XWPFRun text = caption.createRun();
        text.setText(block.text());
    }

    private void matrixRow(Block block) {
        if (!matrix.isEmpty() && !matrix.get(0).table().equals(block.table())) {
            endMatrix();
        }
        matrix.add(block);
    }

    /**
     * The States × paragraphs matrix, in words: for each paragraph, the States by the status they reported. A grid of
     * 193 States by a dozen paragraphs would be thousands of table cells no editor or translator works in; the grid
     * itself is in the PDF and in the cycle's spreadsheet.
     */
    private void endMatrix() {
        if (matrix.isEmpty()) {
            return;
        }
        List<String> columns = matrix.get(0).columns();
        for (int c = 1; c < columns.size(); c++) {
            Map<ImplementationStatus, List<String>> states = new EnumMap<>(ImplementationStatus.class);
            for (Block row : matrix) {
                states.computeIfAbsent(ImplementationStatus.ofCode(row.cell(c)), s -> new ArrayList<>())
                        .add(row.cell(0));
            }
            XWPFParagraph paragraph = paragraph("Field", "");
            XWPFRun label = paragraph.createRun();
            label.setBold(true);
            label.setText(columns.get(c));
            XWPFRun list = paragraph.createRun();
            List<String> parts = new ArrayList<>();
            states.forEach((status, names) ->
                    parts.add(status.label() + " (" + names.size() + "): " + String.join(", ", names)));
            list.setText(": " + String.join("; ", parts) + ".");
        }
        matrix.clear();
    }

    /** Rows of one table, its column headings once at the top, repeated on each page Word breaks it across. */
    private void row(Block block) {
        if (!block.table().equals(currentTable)) {
            currentTable = block.table();
            if (breakBeforeNext) {
                paragraph("Normal", "");
            }
            table = document.createTable(1, block.columns().size());
            table.setWidth("100%");
            table.setTableAlignment(TableRowAlign.CENTER);
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < block.columns().size(); c++) {
                XWPFParagraph heading = head.getCell(c).getParagraphs().get(0);
                heading.setStyle("Tableheading");
                heading.createRun().setText(block.column(c));
            }
        }
        XWPFTableRow row = table.createRow();
        List<XWPFTableCell> cells = new ArrayList<>(row.getTableCells());
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph text = cells.get(c).getParagraphs().get(0);
            text.setStyle(c == 0 ? "Tabletext" : "Tablefigure");
            text.createRun().setText(block.cell(c));
        }
    }
}
