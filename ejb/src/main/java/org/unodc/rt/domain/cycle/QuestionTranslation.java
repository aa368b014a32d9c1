package org.unodc.rt.domain.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The secretariat's wording of a question (and its guidance, if any) in one more language. */
@Embeddable
public record QuestionTranslation(
        @Column(name = "question_text", length = Question.MAX_TEXT, nullable = false) String text,
        @Column(name = "guidance", length = Question.MAX_TEXT) String guidance)
        implements java.io.Serializable {}
