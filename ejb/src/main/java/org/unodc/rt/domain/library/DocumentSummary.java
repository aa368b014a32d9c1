package org.unodc.rt.domain.library;

import java.time.Instant;
import java.util.List;
import org.unodc.rt.search.DocumentType;

/**
 * One line of a list of library documents: the metadata to find and sort it by, without the text (which may be a
 * megabyte a document).
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
        String updatedBy)
        implements java.io.Serializable {

    /** A row as a query reads it ({@code select new}): the languages as stored, separated by commas. */
    public DocumentSummary(
            Long id,
            DocumentType type,
            String country,
            String titleOriginal,
            String titleEnglish,
            Integer year,
            String languages,
            Boolean published,
            Boolean toComplete,
            String fileName,
            Instant updatedAt,
            String updatedBy) {
        this(
                id,
                type,
                country,
                titleOriginal,
                titleEnglish,
                year,
                List.of(languages.split(",")),
                published,
                toComplete,
                fileName,
                updatedAt,
                updatedBy);
    }

    public String originalLanguage() {
        return languages.isEmpty() ? "" : languages.get(0);
    }
}
