package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.infrastructure.search.LibraryIndexer;
import org.unodc.rt.search.IndexStats;

/** Readiness: the application can serve only when the database answers and holds its reference data. */
@Stateless
@PermitAll
public class HealthService {

    public record Check(boolean up, String detail) {}

    @Inject
    MemberStates states;

    @Inject
    LibraryIndexer indexer;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<String, Check> checks() {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("database", database());
        checks.put("searchIndex", searchIndex());
        return checks;
    }

    private Check searchIndex() {
        try {
            IndexStats stats = indexer.stats();
            long pending = indexer.waiting();
            return new Check(
                    true,
                    stats.documents() + " documents indexed, " + pending + " changes waiting"
                            + (stats.rebuilding() ? ", rebuilding" : ""));
        } catch (RuntimeException e) {
            return new Check(false, "search index unavailable: " + e.getMessage());
        }
    }

    private Check database() {
        try {
            long count = states.count();
            return count == 193
                    ? new Check(true, count + " Member States")
                    : new Check(false, "expected 193 Member States, found " + count);
        } catch (RuntimeException e) {
            return new Check(false, "database unavailable: " + e.getMessage());
        }
    }
}
