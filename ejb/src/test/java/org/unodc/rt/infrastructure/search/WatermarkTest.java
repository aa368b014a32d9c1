package org.unodc.rt.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WatermarkTest {

    private static final Instant SETTLED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant OLD = SETTLED.minusSeconds(60);
    private static final Instant RECENT = SETTLED.plusSeconds(30);

    @Test
    void movesOverSettledEvents() {
        Watermark watermark = new Watermark(10, SETTLED);

        watermark.saw(11, OLD);
        watermark.saw(12, OLD);

        assertThat(watermark.value()).isEqualTo(12);
    }

    @Test
    void stopsBeforeTheFirstRecentEventEvenIfOlderOnesFollow() {
        Watermark watermark = new Watermark(10, SETTLED);

        watermark.saw(11, OLD);
        watermark.saw(12, RECENT);
        // Event 13 was created earlier than 12 but committed later: the watermark must not pass 12.
        watermark.saw(13, OLD);

        assertThat(watermark.value()).isEqualTo(11);
    }

    @Test
    void staysWhereItWasWhenEverythingIsRecent() {
        Watermark watermark = new Watermark(10, SETTLED);

        watermark.saw(11, RECENT);

        assertThat(watermark.value()).isEqualTo(10);
    }
}
