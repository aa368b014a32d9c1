package org.unodc.rt.domain.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the action an {@link Audited} event records, and its outcome when it is not plain success. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditAction {

    /** A constant naming what happened, e.g. {@code RETURN_SUBMITTED}. */
    String value();

    AuditEvent.Outcome outcome() default AuditEvent.Outcome.DONE;
}
