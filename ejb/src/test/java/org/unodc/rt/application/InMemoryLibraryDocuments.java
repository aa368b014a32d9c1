package org.unodc.rt.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.unodc.rt.domain.library.DocumentSummary;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.library.TagKind;

/** Library documents and links in lists, for plain tests; ids are given as the database would. */
public final class InMemoryLibraryDocuments implements LibraryDocuments {

    public final List<LibraryDocument> documents = new ArrayList<>();
    public final List<LibraryLink> links = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Optional<LibraryDocument> find(long id) {
        return documents.stream().filter(d -> d.id() == id).findFirst();
    }

    @Override
    public void add(LibraryDocument document) {
        documents.add(Entities.with(document, "id", nextId++));
    }

    @Override
    public List<LibraryLink> linksOf(LibraryDocument document) {
        return links.stream()
                .filter(l -> l.from() == document || l.to() == document)
                .toList();
    }

    @Override
    public boolean linked(LibraryDocument from, LibraryLink.Relation relation, LibraryDocument to) {
        return links.stream().anyMatch(between(from, relation, to));
    }

    @Override
    public void add(LibraryLink link) {
        links.add(link);
    }

    @Override
    public boolean unlink(LibraryDocument from, LibraryLink.Relation relation, LibraryDocument to) {
        return links.removeIf(between(from, relation, to));
    }

    private static Predicate<LibraryLink> between(
            LibraryDocument from, LibraryLink.Relation relation, LibraryDocument to) {
        return l -> l.from() == from && l.relation() == relation && l.to() == to;
    }

    @Override
    public List<DocumentSummary> all() {
        return documents.stream()
                .sorted(Comparator.comparing(LibraryDocument::updatedAt).reversed())
                .map(InMemoryLibraryDocuments::summary)
                .toList();
    }

    @Override
    public List<DocumentSummary> recentlyPublished(int count) {
        return all().stream().filter(DocumentSummary::published).limit(count).toList();
    }

    @Override
    public List<String> originalFiles() {
        return documents.stream()
                .map(LibraryDocument::fileSha256)
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public List<Long> publishedIds() {
        return documents.stream()
                .filter(LibraryDocument::published)
                .map(LibraryDocument::id)
                .sorted()
                .toList();
    }

    private static DocumentSummary summary(LibraryDocument d) {
        return new DocumentSummary(
                d.id(),
                d.type(),
                d.country(),
                d.titleOriginal(),
                d.titleEnglish(),
                d.year(),
                d.languages(),
                d.published(),
                d.tags(TagKind.KEYWORD).contains(LibraryDocument.DESCRIBED_IN_RETURN),
                d.fileName(),
                d.updatedAt(),
                d.updatedBy());
    }
}
