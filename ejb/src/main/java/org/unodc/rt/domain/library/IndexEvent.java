package org.unodc.rt.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "Document N changed": written in the same transaction as the change, applied to the index in id order. The index
 * records the last id it applied, so after a crash the indexer resumes from there and nothing is lost.
 */
@Entity
@Table(name = "index_event")
public class IndexEvent {

    public enum Action {
        /** Index the document as it now is in the database (or remove it if it is no longer public). */
        UPSERT,
        DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 10, nullable = false)
    private Action action;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IndexEvent() {}

    public IndexEvent(long documentId, Action action, Instant createdAt) {
        this.documentId = documentId;
        this.action = action;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public Action action() {
        return action;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
