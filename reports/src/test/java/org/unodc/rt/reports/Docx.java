package org.unodc.rt.reports;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads a DOCX back as a word processor would show it: the text of its paragraphs, in order. */
final class Docx {

    private Docx() {}

    /** The text of every paragraph, in tables too, each paragraph whole so phrases can be matched. */
    static String text(XWPFDocument document) {
        List<String> paragraphs = new ArrayList<>();
        collect(document.getBodyElements(), paragraphs);
        return String.join("\n", paragraphs);
    }

    private static void collect(List<IBodyElement> elements, List<String> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                out.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }

    static List<String> cellTexts(XWPFDocument document) {
        List<String> cells = new ArrayList<>();
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getText().strip());
                }
            }
        }
        return cells;
    }
}
