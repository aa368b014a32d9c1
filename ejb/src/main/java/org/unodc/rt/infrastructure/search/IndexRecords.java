package org.unodc.rt.infrastructure.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.library.TagKind;
import org.unodc.rt.search.DocumentLink;

/** Turns a library entity into the record the search index takes. */
public final class IndexRecords {

    private IndexRecords() {}

    /** The document with its links both ways ({@link LibraryDocuments#linksOf}), read from its side. */
    public static org.unodc.rt.search.LibraryDocument of(
            LibraryDocument d, String regionalGroup, List<LibraryLink> links) {
        List<DocumentLink> read = new ArrayList<>();
        for (LibraryLink link : links) {
            read.add(new DocumentLink(
                    relation(link, d), String.valueOf(link.otherEnd(d).id())));
        }
        return new org.unodc.rt.search.LibraryDocument(
                String.valueOf(d.id()),
                d.type(),
                d.country(),
                regionalGroup,
                d.titleOriginal(),
                d.titleEnglish(),
                d.date(),
                d.year(),
                d.languages(),
                d.status(),
                d.tags(TagKind.INSTRUMENT),
                d.tags(TagKind.ARTICLE),
                d.tags(TagKind.CRIME_TYPE),
                d.tags(TagKind.RESOLUTION),
                read,
                d.tags(TagKind.KEYWORD),
                d.sourceUrl(),
                d.text() == null ? Map.of() : Map.of(d.originalLanguage(), d.text()));
    }

    private static DocumentLink.Relation relation(LibraryLink link, LibraryDocument d) {
        if (link.isFrom(d)) {
            return DocumentLink.Relation.valueOf(link.relation().name());
        }
        return switch (link.relation()) {
            case AMENDS -> DocumentLink.Relation.AMENDED_BY;
            case REPEALS -> DocumentLink.Relation.REPEALED_BY;
            case IMPLEMENTS -> DocumentLink.Relation.IMPLEMENTED_BY;
        };
    }
}
