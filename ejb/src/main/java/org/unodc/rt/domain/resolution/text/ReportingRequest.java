package org.unodc.rt.domain.resolution.text;

import java.util.Objects;

/**
 * A new request to report, found in an operative paragraph ("Requests the Executive Director ... to report to the
 * Commission ... at its twenty-fourth session").
 *
 * @param paragraph the number of the operative paragraph that makes the request
 * @param reporter  who reports: "Executive Director", "Secretary-General", "UNODC", "UNICRI", "Member States",
 *                  "Donors" or, for anyone else, the raw addressee phrase
 * @param reportTo  canonical body reported to: "CCPCJ", "GA", "ECOSOC", "CND"; also "COP" (Conference of the Parties
 *                  to the Organized Crime Convention) and "COSP" (Conference of the States Parties to the Convention
 *                  against Corruption)
 * @param session   the ordinal of the session as a number ("twenty-fourth session" gives 24), or null when the
 *                  session is not stated as an ordinal
 */
public record ReportingRequest(int paragraph, String reporter, String reportTo, Integer session)
        implements java.io.Serializable {
    public ReportingRequest {
        Objects.requireNonNull(reportTo, "reportTo");
    }
}
