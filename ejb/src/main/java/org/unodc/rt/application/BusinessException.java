package org.unodc.rt.application;

import jakarta.ejb.ApplicationException;

/**
 * A request the platform refuses for a reason the user can act on. Rolls the transaction back; each channel (Faces,
 * REST) turns it into a message in one place.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    public BusinessException(String message) {
        super(message);
    }
}
