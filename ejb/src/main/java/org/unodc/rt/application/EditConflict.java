package org.unodc.rt.application;

import jakarta.ejb.ApplicationException;
import java.util.Optional;
import org.unodc.rt.domain.Explanation;

/**
 * Someone else saved the same thing after the caller read it. Nothing of the caller's is saved, and nothing is lost.
 * One exception for every versioned aggregate (returns, library documents, resolutions), turned into a 409 by the API
 * and into a message by the pages, each in one place. A return's conflict also carries both versions, so that the
 * person can compare them and save again on the current version.
 */
@ApplicationException(rollback = true)
public class EditConflict extends BusinessException {

    private final transient Object yours;
    private final transient Object theirs;

    /** A conflict on something that was changed meanwhile; the explanation says what to do. */
    public EditConflict(Explanation explanation) {
        this(explanation, null, null);
    }

    /** A conflict that carries the caller's unsaved version and the one saved meanwhile. */
    public EditConflict(Explanation explanation, Object yours, Object theirs) {
        super(explanation);
        this.yours = yours;
        this.theirs = theirs;
    }

    /** The caller's unsaved version, when the conflict carries it. */
    public Optional<Object> yours() {
        return Optional.ofNullable(yours);
    }

    /** The version saved meanwhile, when the conflict carries it. */
    public Optional<Object> theirs() {
        return Optional.ofNullable(theirs);
    }

    /** The version saved meanwhile as the type the caller knows it to be (a return's view, say). */
    public <T> T theirs(Class<T> type) {
        return type.cast(theirs);
    }
}
