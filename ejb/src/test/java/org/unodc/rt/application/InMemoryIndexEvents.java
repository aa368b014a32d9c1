package org.unodc.rt.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.unodc.rt.domain.library.IndexEvent;
import org.unodc.rt.domain.library.IndexEvents;

/** The index event log in a list, for plain tests; ids are given in the order events are written. */
public final class InMemoryIndexEvents implements IndexEvents {

    public final List<IndexEvent> events = new ArrayList<>();

    @Override
    public void add(IndexEvent event) {
        events.add(Entities.with(event, "id", (long) events.size() + 1));
    }

    @Override
    public List<IndexEvent> after(long eventId, int max) {
        return events.stream().filter(e -> e.id() > eventId).limit(max).toList();
    }

    @Override
    public List<Long> idsAfter(long eventId) {
        return after(eventId, Integer.MAX_VALUE).stream().map(IndexEvent::id).toList();
    }

    @Override
    public long lastCreatedBefore(Instant instant) {
        return events.stream()
                .filter(e -> e.createdAt().isBefore(instant))
                .mapToLong(IndexEvent::id)
                .max()
                .orElse(0);
    }
}
