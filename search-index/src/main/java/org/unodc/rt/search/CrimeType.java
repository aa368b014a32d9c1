package org.unodc.rt.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The controlled list of crime types a library document is tagged with: the offences of the Convention and its
 * Protocols and the crimes the Commission's resolutions single out. {@link #code()} is the facet and API value; the
 * interface shows a translated label ({@code crime.<code>} in the message bundles).
 */
public enum CrimeType {
    ORGANIZED_CRIME("organized-crime"),
    MONEY_LAUNDERING("money-laundering"),
    CORRUPTION("corruption"),
    OBSTRUCTION_OF_JUSTICE("obstruction-of-justice"),
    TRAFFICKING_IN_PERSONS("trafficking-in-persons"),
    SMUGGLING_OF_MIGRANTS("smuggling-of-migrants"),
    FIREARMS("firearms"),
    DRUG_TRAFFICKING("drug-trafficking"),
    CYBERCRIME("cybercrime"),
    /** Illicit trafficking in precious metals (resolution E/CN.15/2019/L.x and ECOSOC 2013/38). */
    PRECIOUS_METALS_TRAFFICKING("precious-metals-trafficking"),
    ILLEGAL_MINING("illegal-mining"),
    WILDLIFE("wildlife"),
    FOREST_CRIME("forest-crime"),
    FISHERIES_CRIME("fisheries-crime"),
    CULTURAL_PROPERTY("cultural-property"),
    FALSIFIED_MEDICAL_PRODUCTS("falsified-medical-products"),
    KIDNAPPING("kidnapping"),
    PIRACY("piracy"),
    TERRORISM_FINANCING("terrorism-financing");

    private final String code;

    CrimeType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CrimeType> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
