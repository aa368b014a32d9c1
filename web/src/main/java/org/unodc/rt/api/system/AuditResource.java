package org.unodc.rt.api.system;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.domain.audit.AuditEvent;

/** The audit trail for the secretariat: who did or tried what, when, and whether it was refused. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record AuditJson(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String targetType,
            String targetId,
            String outcome,
            String detail) {}

    @Inject
    AuditLog audit;

    @GET
    public List<AuditJson> search(
            @QueryParam("actor") String actor,
            @QueryParam("outcome") String outcome,
            @QueryParam("since") String since,
            @QueryParam("max") @DefaultValue("200") int max) {
        return audit.search(actor, outcome(outcome), instant(since), max).stream()
                .map(e -> new AuditJson(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.outcome().name(),
                        e.detail()))
                .toList();
    }

    private static AuditEvent.Outcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditEvent.Outcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome must be DONE, DENIED or FAILED, not \"" + value + "\".");
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "since must be an instant in UTC such as 2026-11-23T08:00:00Z, not \"" + value + "\".");
        }
    }
}
