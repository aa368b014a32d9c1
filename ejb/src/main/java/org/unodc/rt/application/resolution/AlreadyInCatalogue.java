package org.unodc.rt.application.resolution;

import jakarta.ejb.ApplicationException;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.domain.Explanation;

/**
 * A resolution about to be saved is one the catalogue already holds (the same symbol, the same number, or, for one
 * with neither, the same body, status and title). Nothing is saved; the existing one's id lets the API answer where
 * it is and the page offer to open it.
 */
@ApplicationException(rollback = true)
public class AlreadyInCatalogue extends BusinessException {

    private final long existingId;

    public AlreadyInCatalogue(Explanation explanation, long existingId) {
        super(explanation);
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
