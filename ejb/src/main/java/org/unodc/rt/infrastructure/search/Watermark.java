package org.unodc.rt.infrastructure.search;

import java.time.Instant;

/**
 * How far the index may record itself as done with the event log. Events are seen in id order; the watermark moves
 * over each event created before {@code settled} and stops for good at the first one created later, because a
 * transaction still open may yet commit an event with an id below the newer ones.
 */
final class Watermark {

    private long value;
    private final Instant settled;
    private boolean stopped;

    Watermark(long start, Instant settled) {
        this.value = start;
        this.settled = settled;
    }

    void saw(long eventId, Instant createdAt) {
        if (!stopped && createdAt.isBefore(settled)) {
            value = Math.max(value, eventId);
        } else {
            stopped = true;
        }
    }

    long value() {
        return value;
    }
}
