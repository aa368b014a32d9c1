package org.unodc.rt.application.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} attempts per key (a network address, say) within a sliding window. Refused attempts do not
 * count, so someone who waits is let through again; keys whose window has passed are forgotten. Thread-safe; held in
 * memory, so each server of a cluster counts on its own.
 */
public final class SlidingWindowLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public SlidingWindowLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one attempt in a positive window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts an attempt if allowed; otherwise says how long until the next one will be. */
    public Optional<Duration> tryAcquire(String key) {
        Instant now = Instant.now(clock);
        Instant windowStart = now.minus(window);
        Duration[] wait = new Duration[1];
        attempts.compute(key, (k, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
                recent.pollFirst();
            }
            if (recent.size() >= limit) {
                wait[0] = Duration.between(now, recent.peekFirst().plus(window));
            } else {
                recent.addLast(now);
            }
            return recent;
        });
        if (attempts.size() > 10_000) {
            forgetOld(windowStart);
        }
        return Optional.ofNullable(wait[0]);
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    private void forgetOld(Instant windowStart) {
        for (String key : attempts.keySet()) {
            attempts.computeIfPresent(
                    key, (k, times) -> times.isEmpty() || !times.peekLast().isAfter(windowStart) ? null : times);
        }
    }
}
