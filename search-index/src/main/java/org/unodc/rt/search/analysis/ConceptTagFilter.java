package org.unodc.rt.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds a concept tag ({@code #money-laundering}) at the position of each term of the terminology
 * found in the analysed text, spanning the term's characters. The words themselves pass through
 * unchanged. Cross-language search then looks for one token per field instead of dozens of phrases,
 * and the highlighter marks the whole term.
 */
final class ConceptTagFilter extends TokenFilter {

    private record Buffered(State state, String term, int start, int end) {}

    private final Map<String, List<ConceptVocabulary.Variant>> byFirstToken;
    private final int lookahead;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final Deque<Buffered> buffer = new ArrayDeque<>();
    private final Deque<String> pendingTags = new ArrayDeque<>();
    private Buffered tagged;
    private int tagEnd;
    private boolean exhausted;

    ConceptTagFilter(TokenStream input, Map<String, List<ConceptVocabulary.Variant>> byFirstToken, int lookahead) {
        super(input);
        this.byFirstToken = byFirstToken;
        this.lookahead = lookahead;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingTags.isEmpty()) {
            restoreState(tagged.state());
            termAtt.setEmpty().append(pendingTags.removeFirst());
            posIncAtt.setPositionIncrement(0);
            offsetAtt.setOffset(tagged.start(), tagEnd);
            return true;
        }
        while (!exhausted && buffer.size() < lookahead) {
            if (input.incrementToken()) {
                buffer.addLast(new Buffered(
                        captureState(), termAtt.toString(), offsetAtt.startOffset(), offsetAtt.endOffset()));
            } else {
                exhausted = true;
            }
        }
        Buffered head = buffer.pollFirst();
        if (head == null) {
            return false;
        }
        List<ConceptVocabulary.Variant> candidates = byFirstToken.get(head.term());
        if (candidates != null) {
            List<Buffered> window = new ArrayList<>(buffer.size() + 1);
            window.add(head);
            window.addAll(buffer);
            int longest = 0;
            for (ConceptVocabulary.Variant v : candidates) {
                int n = v.tokens().size();
                if (n < longest || n > window.size() || !matches(window, v.tokens())) {
                    continue;
                }
                String tag = ConceptVocabulary.tag(v.conceptId());
                if (n > longest) {
                    longest = n;
                    pendingTags.clear();
                    tagEnd = window.get(n - 1).end();
                }
                if (!pendingTags.contains(tag)) {
                    pendingTags.addLast(tag);
                }
            }
            if (!pendingTags.isEmpty()) {
                tagged = head;
            }
        }
        restoreState(head.state());
        return true;
    }

    private static boolean matches(List<Buffered> window, List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!window.get(i).term().equals(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        buffer.clear();
        pendingTags.clear();
        tagged = null;
        exhausted = false;
    }
}
