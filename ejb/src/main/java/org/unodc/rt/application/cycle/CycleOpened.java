package org.unodc.rt.application.cycle;

import java.time.LocalDate;
import java.util.List;
import org.unodc.rt.domain.account.FocalPoint;

/**
 * Fired when a cycle opens; the focal points are told once the transaction has committed. The recipients are read
 * inside the transaction, so telling them needs no database. (The audit trail has its own event, CycleEvent.Opened.)
 */
public record CycleOpened(
        Long cycleId, String title, int sessionOrdinal, LocalDate deadline, List<FocalPoint> recipients) {}
