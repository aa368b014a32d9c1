package org.unodc.rt.search;

/**
 * One document in a result list, as the REST API shows it.
 *
 * @param title the title in the interface language when the document is in that language,
 *     otherwise the English title (or the original when there is none)
 * @param type the {@link DocumentType#code()}
 * @param year may be null when unknown
 * @param language the document's main language (ISO 639-1)
 * @param snippet an extract of the text, HTML-escaped, with the matching words in {@code
 *     <mark>…</mark>} and the text's emphasis ({@code *Invites*}) in {@code <em>…</em>}; safe to insert into a page as it is
 */
public record SearchHit(
        String id, String title, String country, String type, Integer year, String language, String snippet)
        implements java.io.Serializable {}
