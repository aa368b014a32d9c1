package org.unodc.rt.domain.returns;

import org.unodc.rt.domain.cycle.Question;

/** What backs an answer of a return: a file attached to it or a library document it cites. */
public interface AnswerEvidence {

    ImplementationReturn implementationReturn();

    Question question();
}
