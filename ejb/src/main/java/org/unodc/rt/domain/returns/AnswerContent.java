package org.unodc.rt.domain.returns;

import java.util.Objects;

/** What a State says in answer to one question; the unit of saving, comparing and snapshotting. */
public record AnswerContent(ImplementationStatus status, String narrative, String measures, String legislation) {

    public static final int MAX_TEXT = 20000;

    public static final AnswerContent EMPTY = new AnswerContent(null, null, null, null);

    public AnswerContent {
        narrative = clean(narrative, "narrative");
        measures = clean(measures, "measures taken");
        legislation = clean(legislation, "cited legislation");
    }

    public boolean isEmpty() {
        return status == null && narrative == null && measures == null && legislation == null;
    }

    public boolean sameAs(AnswerContent other) {
        return other != null
                && status == other.status
                && Objects.equals(narrative, other.narrative)
                && Objects.equals(measures, other.measures)
                && Objects.equals(legislation, other.legislation);
    }

    private static String clean(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new org.unodc.rt.domain.InvalidValue(
                    "The " + field + " has at most " + MAX_TEXT + " characters (got " + stripped.length() + ").");
        }
        return stripped;
    }
}
