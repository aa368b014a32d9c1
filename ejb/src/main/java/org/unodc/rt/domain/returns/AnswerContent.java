package org.unodc.rt.domain.returns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.resolution.text.LanguageDetector;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * What a State says in answer to one question; the unit of saving, comparing and snapshotting.
 *
 * @param language the UN language the texts are written in: as the focal point says, or, when they say nothing,
 *     as {@link LanguageDetector} reads the texts; none while there is no text. Pages and documents set the
 *     answer's direction from it.
 */
public record AnswerContent(
        ImplementationStatus status, String narrative, String measures, String legislation, String language)
        implements java.io.Serializable {

    public static final int MAX_TEXT = 20000;

    public static final AnswerContent EMPTY = new AnswerContent(null, null, null, null);

    public AnswerContent {
        narrative = clean(narrative, Explanation.of("answerField.narrative"));
        measures = clean(measures, Explanation.of("answerField.measures"));
        legislation = clean(legislation, Explanation.of("answerField.legislation"));
        language = languageOf(language, narrative, measures, legislation);
    }

    /** An answer whose language is read from its texts. */
    public AnswerContent(ImplementationStatus status, String narrative, String measures, String legislation) {
        this(status, narrative, measures, legislation, null);
    }

    private static String languageOf(String given, String... texts) {
        StringBuilder written = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                written.append(text).append('\n');
            }
        }
        if (written.isEmpty()) {
            return null;
        }
        if (given == null || given.isBlank()) {
            return LanguageDetector.detect(written.toString()).code();
        }
        return UnLanguage.fromCode(given)
                .orElseThrow(() -> new InvalidValue(Explanation.of("answer.unknownLanguage", given)))
                .code();
    }

    public boolean isEmpty() {
        return status == null && narrative == null && measures == null && legislation == null;
    }

    public boolean sameAs(AnswerContent other) {
        return other != null
                && status == other.status
                && Objects.equals(narrative, other.narrative)
                && Objects.equals(measures, other.measures)
                && Objects.equals(legislation, other.legislation)
                && Objects.equals(language, other.language);
    }

    /**
     * What the State says, in 16 hex digits: status and texts (not the language, which is read from them), line ends
     * counted as one. A workbook keeps the fingerprint of each answer as downloaded, to tell on upload which answers
     * were edited offline.
     */
    public String fingerprint() {
        StringBuilder said = new StringBuilder(status == null ? "" : status.name());
        for (String text : new String[] {narrative, measures, legislation}) {
            said.append('\u0000')
                    .append(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n'));
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(said.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether two answers say the same, whatever their line ends and their language's label. */
    public boolean saysTheSameAs(AnswerContent other) {
        return other != null && fingerprint().equals(other.fingerprint());
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
