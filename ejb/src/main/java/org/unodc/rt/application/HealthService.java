package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** Readiness: the application can serve only when the database answers and holds its reference data. */
@Stateless
@PermitAll
public class HealthService {

    public record Check(boolean up, String detail) {}

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<String, Check> checks() {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("database", database());
        return checks;
    }

    private Check database() {
        try {
            long states = em.createQuery("select count(s) from MemberState s", Long.class)
                    .getSingleResult();
            return states == 193
                    ? new Check(true, states + " Member States")
                    : new Check(false, "expected 193 Member States, found " + states);
        } catch (RuntimeException e) {
            return new Check(false, "database unavailable: " + e.getMessage());
        }
    }
}
