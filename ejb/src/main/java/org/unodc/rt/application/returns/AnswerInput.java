package org.unodc.rt.application.returns;

import jakarta.validation.constraints.NotNull;
import org.unodc.rt.domain.returns.AnswerContent;
import org.unodc.rt.domain.returns.ImplementationStatus;

/** One answer as a page or a national system sends it. */
public record AnswerInput(
        @NotNull Long questionId, ImplementationStatus status, String narrative, String measures, String legislation) {

    public AnswerContent content() {
        return new AnswerContent(status, narrative, measures, legislation);
    }
}
