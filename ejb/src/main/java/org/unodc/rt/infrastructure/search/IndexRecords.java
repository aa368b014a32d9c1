package org.unodc.rt.infrastructure.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.library.TagKind;
import org.unodc.rt.search.DocumentLink;

/** Turns a library entity into the record the search index takes. */
public final class IndexRecords {

    private IndexRecords() {}

    public static org.unodc.rt.search.LibraryDocument of(
            LibraryDocument d, String regionalGroup, List<LibraryLink> outgoing, List<LibraryLink> incoming) {
        List<DocumentLink> links = new ArrayList<>();
        for (LibraryLink link : outgoing) {
            links.add(new DocumentLink(
                    DocumentLink.Relation.valueOf(link.relation().name()),
                    String.valueOf(link.to().id())));
        }
        for (LibraryLink link : incoming) {
            DocumentLink.Relation reverse =
                    switch (link.relation()) {
                        case AMENDS -> DocumentLink.Relation.AMENDED_BY;
                        case REPEALS -> DocumentLink.Relation.REPEALED_BY;
                        case IMPLEMENTS -> DocumentLink.Relation.IMPLEMENTED_BY;
                    };
            links.add(new DocumentLink(reverse, String.valueOf(link.from().id())));
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
                links,
                d.tags(TagKind.KEYWORD),
                d.sourceUrl(),
                d.text() == null ? Map.of() : Map.of(d.originalLanguage(), d.text()));
    }
}
