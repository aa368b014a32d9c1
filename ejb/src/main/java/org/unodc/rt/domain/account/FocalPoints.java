package org.unodc.rt.domain.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The focal points as the cycles and the reference data need them: whom to write to, and how many per State. */
public interface FocalPoints {

    /** The focal points whose accounts are enabled, by user name. */
    List<FocalPoint> active();

    /** The enabled focal points of one State: whom to tell about its return. */
    default List<FocalPoint> activeOf(String iso3) {
        return active().stream().filter(f -> iso3.equals(f.stateIso3())).toList();
    }

    /**
     * Whom to tell about one State's return: its enabled focal points and observers, and those of its contributors
     * named (the ones the return concerns). Without an account store that knows roles, its focal points.
     */
    default List<FocalPoint> notifiedOf(String iso3, Collection<String> contributors) {
        return activeOf(iso3);
    }

    /** How many focal-point accounts (enabled or not) each State has, by ISO code; States with none are absent. */
    Map<String, Long> countByState();
}
