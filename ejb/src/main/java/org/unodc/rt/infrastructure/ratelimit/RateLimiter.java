package org.unodc.rt.infrastructure.ratelimit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.unodc.rt.application.account.RateLimit;

/**
 * Counts attempts against {@link RateLimit}s in the database, so that all servers of a cluster share one count per
 * address (an attacker gains nothing by being balanced over several nodes). Each call commits on its own: a refused
 * or failed request still counts.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    /** Longer than any limit's window: older attempts count for nothing. */
    private static final Duration KEEP = Duration.ofHours(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Counts an attempt if the limit allows one now; otherwise says how long to wait, and counts nothing. */
    public Optional<Duration> tryAcquire(RateLimit limit, String key) {
        Optional<Duration> wait = check(limit, key);
        if (wait.isEmpty()) {
            record(limit, key);
        }
        return wait;
    }

    /** Empty when the limit allows another attempt now; counts nothing. */
    public Optional<Duration> check(RateLimit limit, String key) {
        Instant now = Instant.now(clock);
        Object[] window = em.createQuery(
                        "select count(h), min(h.occurredAt) from RateLimitHit h"
                                + " where h.bucket = :b and h.clientKey = :k and h.occurredAt > :since",
                        Object[].class)
                .setParameter("b", limit.bucket())
                .setParameter("k", key(key))
                .setParameter("since", limit.windowStart(now))
                .getSingleResult();
        return limit.waitBefore(((Number) window[0]).longValue(), (Instant) window[1], now);
    }

    /** Counts an attempt (a failed sign-in, say) whatever the count. */
    public void record(RateLimit limit, String key) {
        em.persist(new RateLimitHit(limit.bucket(), key(key), Instant.now(clock)));
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetOldAttempts() {
        int removed = em.createQuery("delete from RateLimitHit h where h.occurredAt < :before")
                .setParameter("before", Instant.now(clock).minus(KEEP))
                .executeUpdate();
        if (removed > 0) {
            LOG.fine(() -> "Forgot " + removed + " rate-limit attempts older than " + KEEP);
        }
    }

    private static String key(String key) {
        String value = key == null || key.isBlank() ? "unknown" : key;
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
