package org.unodc.rt.domain.library;

import java.util.List;
import java.util.Optional;

/** The repository of library documents and the typed links between them. */
public interface LibraryDocuments {

    Optional<LibraryDocument> find(long id);

    /** Adds a new document; its id is known on return. */
    void add(LibraryDocument document);

    /** The links from the document ("it amends …") and to it ("… amends it"), with the documents at both ends. */
    List<LibraryLink> linksOf(LibraryDocument document);

    boolean linked(LibraryDocument from, LibraryLink.Relation relation, LibraryDocument to);

    void add(LibraryLink link);

    /** Removes the link; false when there was none. */
    boolean unlink(LibraryDocument from, LibraryLink.Relation relation, LibraryDocument to);

    /** Every document, published or not, the latest changed first: the secretariat's list. */
    List<DocumentSummary> all();

    /** The published documents changed last, the latest first: the home page's "recent additions". */
    List<DocumentSummary> recentlyPublished(int count);

    /** The ids of the published documents, in order: what the index holds once rebuilt. */
    List<Long> publishedIds();

    /** The stored originals documents point to, by their file name (the SHA-256 of their bytes). */
    List<String> originalFiles();
}
