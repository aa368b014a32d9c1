package org.unodc.rt.domain.returns;

import org.unodc.rt.domain.state.RegionalGroup;

/**
 * What a State reported on one question in the latest version it submitted: a cell of a cycle's status matrix, as
 * the read model selects it.
 *
 * @param status null when the State gave none
 */
public record ReportedStatus(
        String iso3, String stateName, RegionalGroup group, int questionPosition, ImplementationStatus status) {}
