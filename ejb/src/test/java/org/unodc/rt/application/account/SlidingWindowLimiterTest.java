package org.unodc.rt.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMinutes(15), clock);

    @Test
    void allowsTheLimitThenSaysHowLongToWait() {
        assertThat(limiter.tryAcquire("192.0.2.1")).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("192.0.2.1")).isEmpty();
        assertThat(limiter.tryAcquire("192.0.2.1")).isEmpty();

        Optional<Duration> wait = limiter.tryAcquire("192.0.2.1");

        assertThat(wait).as("until the first attempt is 15 minutes old").contains(Duration.ofMinutes(14));
    }

    @Test
    void eachKeyCountsOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("192.0.2.1");
        }

        assertThat(limiter.tryAcquire("192.0.2.1")).isPresent();
        assertThat(limiter.tryAcquire("198.51.100.7")).isEmpty();
    }

    @Test
    void theWindowSlidesSoTheOldestAttemptFreesAPlace() {
        limiter.tryAcquire("a");
        clock.advance(Duration.ofMinutes(5));
        limiter.tryAcquire("a");
        limiter.tryAcquire("a");
        clock.advance(Duration.ofMinutes(9));
        assertThat(limiter.tryAcquire("a")).contains(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1));

        assertThat(limiter.tryAcquire("a"))
                .as("the first attempt is 15 minutes old")
                .isEmpty();
        assertThat(limiter.tryAcquire("a"))
                .as("the next two are only 10 minutes old")
                .isPresent();
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofSeconds(10));
            assertThat(limiter.tryAcquire("a")).isPresent();
        }

        clock.advance(Duration.ofMinutes(15));

        assertThat(limiter.tryAcquire("a")).isEmpty();
    }

    @Test
    void concurrentAttemptsNeverGetMoreThanTheLimitThrough() throws Exception {
        SlidingWindowLimiter shared = new SlidingWindowLimiter(10, Duration.ofMinutes(15), clock);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                tasks.add(pool.submit(() -> {
                    if (shared.tryAcquire("203.0.113.9").isEmpty()) {
                        allowed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(allowed).hasValue(10);
    }

    @Test
    void aLimitNeedsRoom() {
        assertThatThrownBy(() -> new SlidingWindowLimiter(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlidingWindowLimiter(1, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
