package org.unodc.rt.reports.data;

/** The five United Nations regional groups, in the order UN documents list them. */
public enum RegionalGroup {
    AFRICAN("African States"),
    ASIA_PACIFIC("Asia-Pacific States"),
    EASTERN_EUROPEAN("Eastern European States"),
    LATIN_AMERICAN_CARIBBEAN("Latin American and Caribbean States"),
    WESTERN_EUROPEAN_OTHERS("Western European and other States");

    private final String label;

    RegionalGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
