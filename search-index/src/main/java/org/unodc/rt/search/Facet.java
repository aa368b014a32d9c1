package org.unodc.rt.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facets a search counts and filters on. {@link #key()} is the name used in {@link
 * SearchRequest#filters()}, in {@link SearchResult#facets()} and as the REST query parameter.
 */
public enum Facet {
    COUNTRY("country"),
    REGIONAL_GROUP("regionalGroup"),
    TYPE("type"),
    LANGUAGE("language"),
    YEAR("year"),
    STATUS("status"),
    CRIME_TYPE("crimeType"),
    INSTRUMENT("instrument"),
    ARTICLE("article");

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Facet> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
