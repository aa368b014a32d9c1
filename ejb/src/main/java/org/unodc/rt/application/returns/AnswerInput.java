package org.unodc.rt.application.returns;

import jakarta.validation.constraints.NotNull;
import org.unodc.rt.domain.returns.AnswerContent;
import org.unodc.rt.domain.returns.ImplementationStatus;

/**
 * One answer as a page or a national system sends it. (One constructor only: JSON-B builds a record from its
 * canonical constructor and refuses one that has several.)
 *
 * @param language the UN language the texts are written in ("es"); left out, it is read from the texts
 */
public record AnswerInput(
        @NotNull Long questionId,
        ImplementationStatus status,
        String narrative,
        String measures,
        String legislation,
        String language)
        implements java.io.Serializable {

    public AnswerContent content() {
        return new AnswerContent(status, narrative, measures, legislation, language);
    }
}
