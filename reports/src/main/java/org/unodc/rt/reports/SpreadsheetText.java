package org.unodc.rt.reports;

/**
 * The one guard against formula injection (OWASP "CSV injection") for every CSV and XLSX cell the platform writes:
 * a text a user typed that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would
 * be taken for a formula by a spreadsheet ({@code =HYPERLINK(…)} becomes a live link). Such a text is written with a
 * leading apostrophe, which spreadsheets show as text and do not evaluate. Numbers are written as numbers and never
 * pass through here, so a negative figure stays a number.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** The text as a spreadsheet cell may hold it; null stays null. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /**
     * The text a user typed, from a cell written by {@link #neutralise}: the apostrophe the guard added before a
     * formula-like start is taken off again, so a narrative that begins with "- " comes back as it was.
     */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
