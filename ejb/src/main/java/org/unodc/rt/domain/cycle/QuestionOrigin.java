package org.unodc.rt.domain.cycle;

/** Whether a question was generated from an operative paragraph or written by the secretariat. */
public enum QuestionOrigin {
    PARAGRAPH,
    SECRETARIAT
}
