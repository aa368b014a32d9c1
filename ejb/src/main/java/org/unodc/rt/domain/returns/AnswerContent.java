package org.unodc.rt.domain.returns;

import java.util.Objects;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;

/** What a State says in answer to one question; the unit of saving, comparing and snapshotting. */
public record AnswerContent(ImplementationStatus status, String narrative, String measures, String legislation) {

    public static final int MAX_TEXT = 20000;

    public static final AnswerContent EMPTY = new AnswerContent(null, null, null, null);

    public AnswerContent {
        narrative = clean(narrative, Explanation.of("answerField.narrative"));
        measures = clean(measures, Explanation.of("answerField.measures"));
        legislation = clean(legislation, Explanation.of("answerField.legislation"));
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

    /** @param field how the message names the field */
    private static String clean(String text, Explanation field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidValue(Explanation.of("answer.fieldTooLong", field, MAX_TEXT, stripped.length()));
        }
        return stripped;
    }
}
