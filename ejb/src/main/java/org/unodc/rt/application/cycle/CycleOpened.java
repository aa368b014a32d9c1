package org.unodc.rt.application.cycle;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Fired when a cycle opens; the focal points are told once the transaction has committed. The recipients are read
 * inside the transaction, so telling them needs no database. (The audit trail has its own event, CycleEvent.Opened.)
 */
public record CycleOpened(
        Long cycleId,
        Map<UnLanguage, String> titles,
        int sessionOrdinal,
        LocalDate deadline,
        List<FocalPoint> recipients) {

    public CycleOpened {
        titles = Map.copyOf(titles);
        recipients = List.copyOf(recipients);
    }

    /** The event for a cycle that has just opened: its title in each UN language (or the original), read now. */
    public static CycleOpened of(ReportingCycle cycle, List<FocalPoint> recipients) {
        Map<UnLanguage, String> titles = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : UnLanguage.values()) {
            titles.put(language, cycle.titleFor(language.code()));
        }
        return new CycleOpened(cycle.id(), titles, cycle.session().ordinal(), cycle.deadline(), recipients);
    }

    /** The title a reader of this language sees. */
    public String titleFor(String languageCode) {
        return titles.get(UnLanguage.orEnglish(languageCode));
    }
}
