package org.unodc.rt.reports.data;

import java.util.List;
import java.util.Objects;

/**
 * A State's answer to one question of its return (one operative paragraph).
 *
 * @param status null while the question is unanswered
 * @param language BCP 47 tag of the narrative
 * @param secretariatNote a reviewer's remark, printed only in the secretariat's copy
 */
public record Answer(
        int paragraphNumber,
        String question,
        ImplementationStatus status,
        String narrative,
        String measures,
        String legislation,
        List<String> attachments,
        String language,
        String secretariatNote) {

    public Answer {
        Objects.requireNonNull(question, "question");
        status = status == null ? ImplementationStatus.NO_REPLY : status;
        narrative = narrative == null ? "" : narrative;
        measures = measures == null ? "" : measures;
        legislation = legislation == null ? "" : legislation;
        attachments = List.copyOf(attachments);
        language = language == null ? "en" : language;
        secretariatNote = secretariatNote == null ? "" : secretariatNote;
    }
}
