package org.unodc.rt.domain.state;

/** The five United Nations regional groups; every Member State is counted in exactly one for reporting rates. */
public enum RegionalGroup {
    AFRICAN("African States"),
    ASIA_PACIFIC("Asia-Pacific States"),
    EASTERN_EUROPEAN("Eastern European States"),
    LATIN_AMERICAN_CARIBBEAN("Latin American and Caribbean States"),
    WESTERN_EUROPEAN_OTHERS("Western European and other States");

    private final String englishName;

    RegionalGroup(String englishName) {
        this.englishName = englishName;
    }

    public String englishName() {
        return englishName;
    }
}
