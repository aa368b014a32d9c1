package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.library.DocumentSummary;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.library.TagKind;

/**
 * Library documents and their links in JPA. A document is read with its tags; lists read {@link DocumentSummary} rows,
 * never the text.
 */
@ApplicationScoped
public class JpaLibraryDocuments extends JpaRepository implements LibraryDocuments {

    /**
     * The columns of a {@link DocumentSummary} from {@code d}; a document waits to be completed while it carries the
     * keyword {@link LibraryDocument#DESCRIBED_IN_RETURN}.
     */
    private static final String SUMMARY = "select new org.unodc.rt.domain.library.DocumentSummary(d.id, d.type,"
            + " d.country, d.titleOriginal, d.titleEnglish, d.year, d.languages, d.published,"
            + " case when exists (select t.value from LibraryDocument o join o.tags t"
            + " where o = d and t.kind = :keyword and t.value = :toComplete) then true else false end,"
            + " d.fileName, d.updatedAt, d.updatedBy) from LibraryDocument d";

    private static final String LATEST_CHANGED_FIRST = " order by d.updatedAt desc, d.id desc";

    /** One link of {@code l}, by its ends and relation: parameters of {@link #between}. */
    private static final String BETWEEN = " where l.from = :from and l.to = :to and l.relation = :relation";

    @Override
    public Optional<LibraryDocument> find(long id) {
        // With its tags: the pages show them after the transaction, and the index reads them all.
        return first(
                LibraryDocument.class,
                "select d from LibraryDocument d left join fetch d.tags where d.id = :id",
                "id",
                id);
    }

    @Override
    public void add(LibraryDocument document) {
        addNow(document);
    }

    @Override
    public List<LibraryLink> linksOf(LibraryDocument document) {
        return list(
                LibraryLink.class,
                "select l from LibraryLink l join fetch l.from join fetch l.to where l.from = :d or l.to = :d order by l.id",
                "d",
                document);
    }

    @Override
    public boolean linked(LibraryDocument from, LibraryLink.Relation relation, LibraryDocument to) {
        return count("select count(l) from LibraryLink l" + BETWEEN, between(from, relation, to)) > 0;
    }

    @Override
    public void add(LibraryLink link) {
        em.persist(link);
    }

    @Override
    public boolean unlink(LibraryDocument from, LibraryLink.Relation relation, LibraryDocument to) {
        // In bulk, as there is nothing to load: the link exists or not.
        return update("delete from LibraryLink l" + BETWEEN, between(from, relation, to)) > 0;
    }

    private static Object[] between(LibraryDocument from, LibraryLink.Relation relation, LibraryDocument to) {
        return new Object[] {"from", from, "to", to, "relation", relation};
    }

    @Override
    public List<DocumentSummary> all() {
        return summaries(SUMMARY + LATEST_CHANGED_FIRST, Integer.MAX_VALUE);
    }

    @Override
    public List<DocumentSummary> recentlyPublished(int count) {
        return summaries(SUMMARY + " where d.published = true" + LATEST_CHANGED_FIRST, count);
    }

    private List<DocumentSummary> summaries(String jpql, int max) {
        return query(
                        DocumentSummary.class,
                        jpql,
                        "keyword",
                        TagKind.KEYWORD,
                        "toComplete",
                        LibraryDocument.DESCRIBED_IN_RETURN)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Long> publishedIds() {
        return list(Long.class, "select d.id from LibraryDocument d where d.published = true order by d.id");
    }

    @Override
    public List<String> originalFiles() {
        return list(String.class, "select d.fileSha256 from LibraryDocument d where d.fileSha256 is not null");
    }
}
