package org.unodc.rt.reports.layout;

import java.util.List;

/**
 * One printable unit of a document. The document template has one detail band per {@link Kind}
 * and prints the band whose kind matches; the Java side decides the order and the numbering,
 * which is what UN documents need (paragraphs numbered consecutively across all sections).
 *
 * @param number the label before the text: "I.", "A.", "12."; empty for none
 * @param note secondary text: the language of an extract, the page of a table of contents entry
 * @param cells the cells of a table row
 * @param columns the column headings of the table this row belongs to, reprinted on each page
 * @param table identifies the table this row belongs to; null outside tables
 * @param image a chart as PNG, for {@link Kind#CHART}
 * @param anchor the anchor and bookmark label of a heading; null for none
 */
public record Block(
        Kind kind,
        String number,
        String text,
        String note,
        boolean rightToLeft,
        List<String> cells,
        List<String> columns,
        String table,
        byte[] image,
        String anchor) {

    /** The bands of the document template. */
    public enum Kind {
        /** Document title of a return (the UN masthead is a title band, not a block). */
        TITLE,
        HEADING_1,
        HEADING_2,
        HEADING_3,
        /** An annex title, centred, starting a page. */
        ANNEX,
        PARAGRAPH,
        QUOTE,
        /** A quoted passage of a State's answer, attributed to the State. */
        EXTRACT,
        /** A label and a value, for the fields of a return. */
        FIELD,
        REGION_ROW,
        COUNT_ROW,
        MATRIX_ROW,
        TOC_ENTRY,
        CHART,
        PAGE_BREAK
    }

    public Block {
        number = number == null ? "" : number;
        text = text == null ? "" : text;
        note = note == null ? "" : note;
        cells = cells == null ? List.of() : List.copyOf(cells);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public static Block of(Kind kind, String number, String text) {
        return new Block(kind, number, text, null, false, null, null, null, null, null);
    }

    /** A heading, bookmarked under its own label so the PDF outline reads like the document. */
    public static Block heading(Kind kind, String number, String text) {
        return new Block(kind, number, text, null, false, null, null, null, null, label(number, text));
    }

    /** The bookmark label of a heading: "III. Measures reported". */
    public static String label(String number, String text) {
        return ((number == null ? "" : number) + " " + text).strip();
    }

    public static Block row(Kind kind, String table, List<String> columns, List<String> cells) {
        return new Block(kind, null, null, null, false, cells, columns, table, null, null);
    }

    public boolean is(String kindName) {
        return kind.name().equals(kindName);
    }

    /** The i-th cell, or "" past the end: the matrix band has room for more columns than most tables use. */
    public String cell(int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    public String column(int i) {
        return i < columns.size() ? columns.get(i) : "";
    }
}
