package org.unodc.rt.application.cycle;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired when a cycle opens; the focal points are told once the transaction has committed. The recipients are read
 * inside the transaction, so telling them needs no database.
 */
public record CycleOpened(
        Long cycleId, String title, int sessionOrdinal, LocalDate deadline, List<Recipient> recipients) {

    /** A focal point to tell. */
    public record Recipient(String email, String displayName) {}
}
