package org.unodc.rt.reports.data;

/**
 * Who a report for the Commission is from, as the resolution's reporting request names it: "Requests the
 * Secretary-General to report" gives a report of the Secretary-General, "Requests the Executive Director" a report of
 * the Executive Director, and a request to the Office or the Secretariat a note by the Secretariat.
 */
public enum ReportingEntity {
    SECRETARY_GENERAL("Report of the Secretary-General", "the Secretary-General"),
    EXECUTIVE_DIRECTOR("Report of the Executive Director", "the Executive Director"),
    SECRETARIAT("Note by the Secretariat", "the Secretariat");

    private final String documentType;
    private final String name;

    ReportingEntity(String documentType, String name) {
        this.documentType = documentType;
        this.name = name;
    }

    /** The line under the title: "Report of the Executive Director". */
    public String documentType() {
        return documentType;
    }

    /** In a sentence: "the Executive Director". */
    public String inSentence() {
        return name;
    }

    /**
     * The entity a reporting request names, from the platform's label of its addressee ("Executive Director",
     * "Secretary-General", "UNODC" …); anything else the Office reports through a note by the Secretariat.
     */
    public static ReportingEntity ofReporter(String reporter) {
        String r = reporter == null ? "" : reporter.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("secretary-general") || r.contains("secretary general")) {
            return SECRETARY_GENERAL;
        }
        if (r.contains("executive director")) {
            return EXECUTIVE_DIRECTOR;
        }
        return SECRETARIAT;
    }
}
