package org.unodc.rt.domain.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An answer as it was submitted; questions are frozen once a cycle is published, so the position identifies one. */
@Embeddable
public record AnswerSnapshot(
        @Column(name = "question_position", nullable = false, updatable = false) int questionPosition,
        @Enumerated(EnumType.STRING) @Column(name = "impl_status", length = 30, updatable = false)
                ImplementationStatus status,
        @Column(name = "narrative", length = AnswerContent.MAX_TEXT, updatable = false) String narrative,
        @Column(name = "measures", length = AnswerContent.MAX_TEXT, updatable = false) String measures,
        @Column(name = "legislation", length = AnswerContent.MAX_TEXT, updatable = false) String legislation) {

    public AnswerContent content() {
        return new AnswerContent(status, narrative, measures, legislation);
    }
}
