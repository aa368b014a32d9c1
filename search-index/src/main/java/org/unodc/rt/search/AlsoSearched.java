package org.unodc.rt.search;

/**
 * What a cross-language search searched besides the words as typed, in one other language: {@code fr} and {@code
 * "traite des personnes, femmes"}.
 *
 * @param language the ISO 639-1 code of the language
 * @param terms the translated terms searched in it, separated by commas
 */
public record AlsoSearched(String language, String terms) {}
