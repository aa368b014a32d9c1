package org.unodc.rt.domain.resolution;

import org.unodc.rt.domain.state.UnLanguage;

/**
 * A text as a reader gets it: in the language asked for, or, where the resolution holds no such version of that
 * passage, in the reference language, marked so that pages and the API can say so.
 *
 * @param language the language the text is written in
 * @param fallback true when the text is not in the language asked for
 */
public record Passage(String text, UnLanguage language, boolean fallback) implements java.io.Serializable {}
