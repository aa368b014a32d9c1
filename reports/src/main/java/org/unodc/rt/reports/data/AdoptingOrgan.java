package org.unodc.rt.reports.data;

/** The organ that adopted a resolution, as a report names it. */
public enum AdoptingOrgan {
    GENERAL_ASSEMBLY("the General Assembly", "General Assembly"),
    ECONOMIC_AND_SOCIAL_COUNCIL("the Economic and Social Council", "Economic and Social Council"),
    COMMISSION("the Commission", "Commission on Crime Prevention and Criminal Justice");

    private final String inSentence;
    private final String fullName;

    AdoptingOrgan(String inSentence, String fullName) {
        this.inSentence = inSentence;
        this.fullName = fullName;
    }

    /** "the Economic and Social Council"; the Commission, writing to itself, is "the Commission". */
    public String inSentence() {
        return inSentence;
    }

    /** "Economic and Social Council", as in "Economic and Social Council resolution 2013/38". */
    public String fullName() {
        return fullName;
    }
}
