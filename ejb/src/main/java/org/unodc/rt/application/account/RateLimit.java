package org.unodc.rt.application.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A limit on attempts per network address within a sliding window. Refused attempts do not count, so someone who
 * waits is let through again.
 *
 * @param bucket the name the attempts are counted under
 */
public record RateLimit(String bucket, int limit, Duration window) {

    /** Password reset requests: stops the form flooding mailboxes or probing many addresses quickly. */
    public static final RateLimit RESET_REQUESTS = new RateLimit("reset-requests", 10, Duration.ofMinutes(15));

    /**
     * Failed sign-ins: above this an address is refused even the right password until the window has passed. Generous
     * enough for a ministry whose staff share one address; far below what guessing passwords needs.
     */
    public static final RateLimit FAILED_SIGN_INS = new RateLimit("failed-sign-ins", 20, Duration.ofMinutes(15));

    public RateLimit {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one attempt in a positive window");
        }
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * Empty when one more attempt is allowed; otherwise how long until it will be.
     *
     * @param counted the attempts counted since {@link #windowStart}
     * @param oldest the oldest of them (null when there are none)
     */
    public Optional<Duration> waitBefore(long counted, Instant oldest, Instant now) {
        if (counted < limit || oldest == null) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, oldest.plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    public long minutes() {
        return window.toMinutes();
    }
}
