package org.unodc.rt.search;

/** A document title offered while the user types, and the document it opens. */
public record TitleSuggestion(String id, String title) {}
