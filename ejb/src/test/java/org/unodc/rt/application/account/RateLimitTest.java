package org.unodc.rt.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final RateLimit limit = new RateLimit("test", 3, Duration.ofMinutes(15));

    @Test
    void attemptsBelowTheLimitMayGoOn() {
        assertThat(limit.waitBefore(0, null, NOW)).isEmpty();
        assertThat(limit.waitBefore(2, NOW.minusSeconds(60), NOW)).isEmpty();
    }

    @Test
    void atTheLimitTheWaitLastsUntilTheOldestAttemptLeavesTheWindow() {
        assertThat(limit.waitBefore(3, NOW.minus(Duration.ofMinutes(5)), NOW)).contains(Duration.ofMinutes(10));
    }

    @Test
    void theWindowStartsOneWindowAgo() {
        assertThat(limit.windowStart(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
    }

    @Test
    void failedSignInsAreLimitedPerAddressWellBelowWhatGuessingNeeds() {
        assertThat(RateLimit.FAILED_SIGN_INS.limit()).isBetween(5, 30);
        assertThat(RateLimit.FAILED_SIGN_INS.window()).isEqualTo(Duration.ofMinutes(15));
    }
}
