package org.unodc.rt.application.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.DocumentType;

/** The metadata and text the secretariat gives for a library document. Sets may be empty, never null. */
public record DocumentDraft(
        DocumentType type,
        String country,
        String titleOriginal,
        String titleEnglish,
        LocalDate date,
        Integer year,
        List<String> languages,
        DocumentStatus status,
        Set<String> instruments,
        Set<String> articles,
        Set<String> crimeTypes,
        Set<String> resolutions,
        Set<String> keywords,
        String sourceUrl,
        String text) {

    public DocumentDraft {
        languages = languages == null ? List.of() : List.copyOf(languages);
        instruments = instruments == null ? Set.of() : Set.copyOf(instruments);
        articles = articles == null ? Set.of() : Set.copyOf(articles);
        crimeTypes = crimeTypes == null ? Set.of() : Set.copyOf(crimeTypes);
        resolutions = resolutions == null ? Set.of() : Set.copyOf(resolutions);
        keywords = keywords == null ? Set.of() : Set.copyOf(keywords);
    }
}
