package org.unodc.rt.domain.library;

import java.time.Instant;
import java.util.List;

/**
 * The index event log: one event a change to a document, written in the transaction of the change, read by the
 * indexer in id order.
 */
public interface IndexEvents {

    void add(IndexEvent event);

    /** The events after the one with this id, in id order, at most {@code max}. */
    List<IndexEvent> after(long eventId, int max);

    /** The ids of the events after the one with this id. */
    List<Long> idsAfter(long eventId);

    /** The id of the last event written before the instant; 0 when there is none. */
    long lastCreatedBefore(Instant instant);
}
