package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the page furniture that PDF extraction leaves between the lines of a resolution: "Please recycle" (and
 * its French, Spanish, Russian and Chinese versions), "Distr.: General", "Distr. générale", the masthead "United
 * Nations" in the six languages, document symbols and page numbers repeated on each page, job numbers and bar codes.
 * Such lines are dropped before paragraphs are assembled, so that a paragraph broken by a page break is read as one.
 */
final class PageFurniture {

    /** A UN document symbol: A/RES/66/181, E/RES/2013/38, E/CN.15/2019/L.4, A/C.3/74/L.8/Rev.1, CTOC/COP/2012/15. */
    static final String SYMBOL = "(?:A|E|S|CTOC|CAC|UNODC|V)(?:/[A-Za-z0-9.()\\-]{1,12}){1,8}";

    private static final Pattern FURNITURE = Pattern.compile("(?i)(?:"
            + "[\u2672\u267B]?\\s*(?:please\\s+recycle|merci\\s+de\\s+recycler|s\u00EDrvase\\s+reciclar"
            + "|\u8BF7\u56DE\u6536|\u041F\u0440\u043E\u0441\u044C\u0431\u0430\\s+\u043E\u0442\u043F\u0440\u0430\u0432\u0438\u0442\u044C\\s+\u043D\u0430\\s+\u0432\u0442\u043E\u0440\u0438\u0447\u043D\u0443\u044E\\s+\u043F\u0435\u0440\u0435\u0440\u0430\u0431\u043E\u0442\u043A\u0443)\\s*[\u2672\u267B]?"
            + "|distr\\.?\\s*:?\\s*(?:general|limited|restricted|g\u00E9n\u00E9rale|limit\u00E9e|restreinte|limitada"
            + "|reservada)(?![\\p{L}]).{0,60}"
            + "|original\\s*:\\s*\\p{L}{3,12}(?:[\\s/,]+\\p{L}{3,12}){0,5}"
            + "|(?:advance\\s+)?unedited\\s+version"
            + "|united\\s+nations|nations\\s+unies|naciones\\s+unidas"
            + "|\u041E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F\\s+\u041E\u0431\u044A\u0435\u0434\u0438\u043D\u0435\u043D\u043D\u044B\u0445\\s+\u041D\u0430\u0446\u0438\u0439"
            + "|\u8054\u5408\u56FD|\u0627\u0644\u0623\u0645\u0640*\u0645\\s+\u0627\u0644\u0645\u062A\u062D\u0640*\u062F\u0629"
            + "|page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?"
            + "|[\\-\u2013\u2014]?\\s*\\d{1,4}\\s*[\\-\u2013\u2014]?"
            + "|\\d{1,4}\\s+of\\s+\\d{1,4}"
            // job numbers and bar codes printed at the foot of each page: "V.13-85432 (E)", "*1385432*"
            + "|(?:[A-Z]{1,2}\\.)?\\d{2}-\\d{4,6}(?:\\s*\\([A-Z]\\))?(?:\\s+[\\d*]{4,12}){0,4}(?:\\s+\\*\\d{5,12}\\*)?"
            + "|(?:\\*\\d{5,12}\\*\\s*){1,3}"
            + "|[\\-\u2013\u2014_=~\u2022\u00B7#\u2672\u267B.\\s]{1,40}"
            + ")");

    /** A symbol alone on a line, optionally with a page number such as "2/5" before or after it. */
    private static final Pattern SYMBOL_LINE =
            Pattern.compile("(?:\\d{1,3}\\s*/\\s*\\d{1,3}\\s+)?" + SYMBOL + "(?:\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?");

    /** "2/5": a page number only when the page is not beyond the page count (so "22/1" stays a resolution number). */
    private static final Pattern PAGE_FRACTION = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,3})");

    private PageFurniture() {}

    static boolean isFurniture(String line) {
        if (line.isEmpty() || line.length() > 120) {
            return false;
        }
        if (FURNITURE.matcher(line).matches() || SYMBOL_LINE.matcher(line).matches()) {
            return true;
        }
        Matcher page = PAGE_FRACTION.matcher(line);
        return page.matches()
                && Integer.parseInt(page.group(1)) <= Integer.parseInt(page.group(2))
                && Integer.parseInt(page.group(1)) > 0;
    }

    /**
     * Drops furniture lines, and short lines repeated on three or more pages (running heads), keeping blank lines.
     * The {@code keep} predicate protects lines that matter structurally (paragraph starts).
     */
    static List<Line> remove(List<Line> lines, java.util.function.Predicate<String> keep) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            if (!line.isBlank() && line.text().length() <= 60) {
                counts.merge(line.text(), 1, Integer::sum);
            }
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            String t = line.text();
            if (t.isEmpty()) {
                out.add(line);
                continue;
            }
            if (isFurniture(t)) {
                continue;
            }
            boolean runningHead = counts.getOrDefault(t, 0) >= 3 && !endsClause(t) && !keep.test(t);
            if (runningHead) {
                continue;
            }
            out.add(line);
        }
        return out;
    }

    private static boolean endsClause(String t) {
        char last = t.charAt(t.length() - 1);
        return last == ',' || last == ';' || last == ':';
    }
}
