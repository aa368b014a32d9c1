package org.unodc.rt.application.library;

import java.time.Instant;
import java.util.List;
import org.unodc.rt.search.DocumentType;

/**
 * One line of the secretariat's list of library documents: the metadata to find and sort it by, without the text.
 *
 * @param toComplete described by a focal point in a return and not completed yet
 */
public record DocumentSummary(
        long id,
        DocumentType type,
        String country,
        String titleOriginal,
        String titleEnglish,
        Integer year,
        List<String> languages,
        boolean published,
        boolean toComplete,
        String fileName,
        Instant updatedAt,
        String updatedBy) {

    public String originalLanguage() {
        return languages.isEmpty() ? "" : languages.get(0);
    }
}
