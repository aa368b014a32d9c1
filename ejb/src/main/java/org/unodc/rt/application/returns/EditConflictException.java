package org.unodc.rt.application.returns;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.domain.Explanation;

/**
 * Someone else saved the return after the caller loaded it. Nothing of the caller's is saved, but nothing is lost
 * either: the exception carries both versions so the caller can merge them and save again on the current version.
 */
@ApplicationException(rollback = true)
public class EditConflictException extends BusinessException {

    private final transient List<AnswerInput> yours;
    private final transient ReturnView theirs;

    public EditConflictException(List<AnswerInput> yours, ReturnView theirs) {
        super(Explanation.of("return.editConflict", theirs.updatedBy(), String.valueOf(theirs.version())));
        this.yours = List.copyOf(yours);
        this.theirs = theirs;
    }

    public List<AnswerInput> yours() {
        return yours;
    }

    public ReturnView theirs() {
        return theirs;
    }
}
