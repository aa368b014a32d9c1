package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text extracted by Tika from PDF, DOCX, DOC, ODT or HTML into clean lines: one line-break convention,
 * no control characters, ordinary spaces, no soft hyphens or zero-width characters, no ligatures, no bidirectional
 * marks (U+200E, U+200F, U+061C and the embeddings and isolates that Arabic word processors insert), and ASCII digits
 * for the Arabic-Indic, Persian and full-width ones (so that "١ -" and "１." number paragraphs as "1 -" and "1."
 * do). Runs in one pass over the text.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    static String normalize(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < n && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                    sb.append('\n');
                }
                    // page breaks and Unicode line/paragraph separators end a line too
                case '\n', '\f', '\u000B', '\u0085', '\u2028', '\u2029' -> sb.append('\n');
                case '\t', '\u00A0', '\u1680', '\u2007', '\u202F', '\u205F', '\u3000' -> sb.append(' ');
                    // soft hyphen, zero-width characters, byte order mark: invisible, drop them
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {}
                    // bidirectional marks, embeddings and isolates: invisible, drop them
                case '\u200E',
                        '\u200F',
                        '\u061C',
                        '\u202A',
                        '\u202B',
                        '\u202C',
                        '\u202D',
                        '\u202E',
                        '\u2066',
                        '\u2067',
                        '\u2068',
                        '\u2069' -> {}
                case '\uFB00' -> sb.append("ff");
                case '\uFB01' -> sb.append("fi");
                case '\uFB02' -> sb.append("fl");
                case '\uFB03' -> sb.append("ffi");
                case '\uFB04' -> sb.append("ffl");
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') {
                        sb.append((char) ('0' + (c - '\u0660')));
                    } else if (c >= '\u06F0' && c <= '\u06F9') {
                        sb.append((char) ('0' + (c - '\u06F0')));
                    } else if (c >= '\uFF10' && c <= '\uFF19') {
                        sb.append((char) ('0' + (c - '\uFF10')));
                    } else if (c >= '\u2000' && c <= '\u200A') {
                        sb.append(' ');
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1))) {
                            sb.append(c).append(raw.charAt(i + 1));
                            i++;
                        }
                        // a lone surrogate is dropped
                    } else if (Character.isLowSurrogate(c)) {
                        // lone low surrogate: drop
                    } else if (Character.isISOControl(c)) {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Normalises and splits into lines, keeping blank lines (footnote continuation depends on them). */
    static List<Line> lines(String raw) {
        String text = normalize(raw);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int len = text.length();
        while (start <= len) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = len;
            }
            lines.add(toLine(text, start, end));
            start = end + 1;
        }
        return lines;
    }

    private static Line toLine(String text, int start, int end) {
        int indent = 0;
        int s = start;
        while (s < end && text.charAt(s) == ' ') {
            s++;
            indent++;
        }
        int e = end;
        while (e > s && text.charAt(e - 1) == ' ') {
            e--;
        }
        return new Line(text.substring(s, e), indent);
    }
}
