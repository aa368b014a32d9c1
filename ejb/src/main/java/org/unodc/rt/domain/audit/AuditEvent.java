package org.unodc.rt.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attributable action or refused attempt. Never changed after it is written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements java.io.Serializable {

    public enum Outcome {
        DONE,
        DENIED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", length = 60, nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", length = 60, updatable = false)
    private String targetType;

    @Column(name = "target_id", length = 100, updatable = false)
    private String targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20, nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "detail", length = 4000, updatable = false)
    private String detail;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String actor,
            String action,
            String targetType,
            String targetId,
            Outcome outcome,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor == null ? "anonymous" : actor, 100);
        this.action = cut(action, 60);
        this.targetType = cut(targetType, 60);
        this.targetId = cut(targetId, 100);
        this.outcome = outcome;
        this.detail = cut(detail, 4000);
    }

    /**
     * Values an attacker chooses (a user name of 10,000 characters, a long path) are recorded cut to the column,
     * marked with an ellipsis, rather than lost with the whole entry.
     */
    private static String cut(String value, int max) {
        return value != null && value.length() > max ? value.substring(0, max - 1) + "\u2026" : value;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}
