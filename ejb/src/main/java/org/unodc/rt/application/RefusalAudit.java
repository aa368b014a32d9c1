package org.unodc.rt.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Optional;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.audit.Audited;

/**
 * Writes each refusal that carries an attempt ({@link BusinessException#attempted}, {@link RuleViolation#attempted})
 * to the audit trail as it leaves a service: DENIED when the caller may not, FAILED otherwise. The entry commits on its
 * own ({@link AuditLog}), so it stays although the refused work is rolled back; an attempt is written once even when
 * the refusal passes through several services.
 */
@AuditRefusals
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalAudit {

    @Inject
    AuditLog audit;

    @AroundInvoke
    Object auditRefusal(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (BusinessException refused) {
            write(refused.attempt(), refused instanceof AccessDeniedException);
            refused.attempted(null);
            throw refused;
        } catch (RuleViolation refused) {
            write(refused.attempt(), false);
            refused.attempted(null);
            throw refused;
        }
    }

    private void write(Optional<Audited> attempt, boolean denied) {
        attempt.ifPresent(a -> audit.refused(a, denied ? AuditEvent.Outcome.DENIED : AuditEvent.Outcome.FAILED));
    }
}
