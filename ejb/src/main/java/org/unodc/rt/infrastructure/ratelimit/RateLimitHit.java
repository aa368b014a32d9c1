package org.unodc.rt.infrastructure.ratelimit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt counted against a rate limit. */
@Entity
@Table(name = "rate_limit_hit")
public class RateLimitHit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bucket", length = 40, nullable = false, updatable = false)
    private String bucket;

    @Column(name = "client_key", length = 100, nullable = false, updatable = false)
    private String clientKey;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected RateLimitHit() {}

    RateLimitHit(String bucket, String clientKey, Instant occurredAt) {
        this.bucket = bucket;
        this.clientKey = clientKey;
        this.occurredAt = occurredAt;
    }
}
