package org.unodc.rt.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass over the text when it is set and then looked up by binary
 * search. The JDK's rule-based sentence iterator took most of the time of highlighting a page of results; this one
 * knows the sentence ends of the six UN languages and is a few times faster:
 *
 * <ul>
 *   <li>{@code . ! ? ؟ ۔ …} end a sentence when followed by white space (and then, for the full stop, not by a
 *       lower-case letter or a digit, so "art. 5" and "e.g. the" stay together); the white space belongs to the
 *       sentence before the boundary, as in the JDK;
 *   <li>{@code 。 ！ ？ ；} (Chinese) end a sentence wherever they are;
 *   <li>a line break always ends one (headings, list items).
 * </ul>
 *
 * <p>Not thread-safe, like every {@link BreakIterator}: the highlighter creates one per field it highlights.
 */
final class SentenceBreakIterator extends BreakIterator {

    private String text = "";
    private int[] boundaries = {0};
    private int count = 1;
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        findBoundaries();
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder s = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            s.append(c);
        }
        setText(s.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    private void findBoundaries() {
        int length = text.length();
        int[] found = new int[Math.max(4, length / 64)];
        int n = 0;
        found[n++] = 0;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n' || c == '\r' || isCjkTerminator(c)) {
                end = skipWhitespace(i + 1);
            } else if (isTerminator(c)) {
                int j = i + 1;
                while (j < length && (isTerminator(text.charAt(j)) || isClosing(text.charAt(j)))) {
                    j++;
                }
                if (j < length && Character.isWhitespace(text.charAt(j))) {
                    int next = skipWhitespace(j);
                    if (c != '.' || next >= length || startsSentence(text.charAt(next))) {
                        end = next;
                    }
                }
                if (end < 0) {
                    i = j;
                    continue;
                }
            }
            if (end > 0 && end < length) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = end;
                i = end;
            } else if (end >= length) {
                break;
            } else {
                i++;
            }
        }
        if (length > 0) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n + 1);
            }
            found[n++] = length;
        }
        boundaries = found;
        count = n;
        current = 0;
    }

    private int skipWhitespace(int from) {
        int j = from;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '۔' || c == '…';
    }

    private static boolean isCjkTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '”' || c == '’' || c == '」';
    }

    private static boolean startsSentence(char c) {
        return !Character.isLowerCase(c) && !Character.isDigit(c);
    }

    @Override
    public int first() {
        current = 0;
        return boundaries[0];
    }

    @Override
    public int last() {
        current = count - 1;
        return boundaries[current];
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= count) {
            current = target < 0 ? 0 : count - 1;
            return DONE;
        }
        current = target;
        return boundaries[current];
    }

    @Override
    public int next() {
        if (current + 1 >= count) {
            return DONE;
        }
        return boundaries[++current];
    }

    @Override
    public int previous() {
        if (current == 0) {
            return DONE;
        }
        return boundaries[--current];
    }

    @Override
    public int following(int offset) {
        int at = find(offset);
        int next = at >= 0 ? at + 1 : -at - 1;
        if (next >= count) {
            current = count - 1;
            return DONE;
        }
        current = next;
        return boundaries[current];
    }

    @Override
    public int preceding(int offset) {
        int at = find(offset);
        int before = at >= 0 ? at - 1 : -at - 2;
        if (before < 0) {
            current = 0;
            return DONE;
        }
        current = before;
        return boundaries[current];
    }

    @Override
    public boolean isBoundary(int offset) {
        int at = find(offset);
        if (at >= 0) {
            current = at;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return boundaries[current];
    }

    /** The boundary's index if the offset is one, else {@code -(insertion point) - 1}, as binary search answers. */
    private int find(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
        return Arrays.binarySearch(boundaries, 0, count, offset);
    }
}
