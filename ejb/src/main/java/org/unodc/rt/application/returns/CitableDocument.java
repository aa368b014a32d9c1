package org.unodc.rt.application.returns;

import java.io.Serializable;
import org.unodc.rt.domain.library.LibraryDocument;

/** A library document offered to an answer as cited legislation, as the autocomplete lists it. */
public record CitableDocument(Long id, String title, String country, Integer year, boolean published)
        implements Serializable {

    public static CitableDocument of(LibraryDocument d) {
        return new CitableDocument(d.id(), d.titleOriginal(), d.country(), d.year(), d.published());
    }

    /** "Ley 30077 contra el crimen organizado (PER, 2013)". */
    public String label() {
        return title + " (" + country + (year == null ? "" : ", " + year) + ")";
    }
}
