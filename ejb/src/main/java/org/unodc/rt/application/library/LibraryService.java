package org.unodc.rt.application.library;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.library.IndexEvent;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.library.TagKind;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.infrastructure.DataDirectory;
import org.unodc.rt.infrastructure.files.StagedUpload;
import org.unodc.rt.infrastructure.search.LibraryIndexer;
import org.unodc.rt.search.ErrorText;
import org.unodc.rt.search.InvalidQueryException;
import org.unodc.rt.search.SearchRequest;
import org.unodc.rt.search.SearchResult;
import org.unodc.rt.search.TitleSuggestion;
import org.unodc.rt.search.extract.ExtractedText;

/**
 * The library. Every change writes an index event in the same transaction, so the index can never silently miss
 * it; the public sees and finds only published documents.
 */
@Stateless
public class LibraryService {

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryIndexer indexer;

    @Inject
    Event<LibraryIndexer.Changed> changed;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DocumentReader reader;

    @PermitAll
    public SearchResult search(@NotNull SearchRequest request) {
        try {
            request.checkLimits(); // the index would fail on a page or filter beyond them, not explain
            return indexer.index().search(request);
        } catch (InvalidQueryException e) {
            throw new InvalidInputException(new Explanation(ErrorText.BUNDLE, e.key(), e.arguments()));
        }
    }

    @PermitAll
    public List<TitleSuggestion> suggest(String prefix, int count) {
        return prefix == null || prefix.isBlank() ? List.of() : indexer.index().suggestTitles(prefix.strip(), count);
    }

    @PermitAll
    public List<org.unodc.rt.search.SearchHit> similar(long id, int count) {
        getDocument(id);
        return indexer.index().similar(String.valueOf(id), count);
    }

    /** A document the caller may see: published ones for everybody, unpublished ones for the secretariat only. */
    @PermitAll
    public LibraryDocument getDocument(long id) {
        LibraryDocument document = em.find(LibraryDocument.class, id);
        if (document == null || (!document.published() && !caller.isStaff())) {
            if (document != null) {
                audit.denied(caller.name(), "READ_UNPUBLISHED", "LibraryDocument", String.valueOf(id), null);
            }
            throw new NotFoundException(Explanation.of("library.noSuchDocument", String.valueOf(id)));
        }
        document.tags(TagKind.KEYWORD);
        return document;
    }

    @PermitAll
    public DocumentView view(long id) {
        LibraryDocument document = getDocument(id);
        List<DocumentView.LinkView> links = new ArrayList<>();
        for (LibraryLink link : em.createQuery(
                        "select l from LibraryLink l join fetch l.to where l.from = :d", LibraryLink.class)
                .setParameter("d", document)
                .getResultList()) {
            if (link.to().published() || caller.isStaff()) {
                links.add(new DocumentView.LinkView(
                        link.relation().name(), link.to().id(), link.to().titleOriginal()));
            }
        }
        for (LibraryLink link : em.createQuery(
                        "select l from LibraryLink l join fetch l.from where l.to = :d", LibraryLink.class)
                .setParameter("d", document)
                .getResultList()) {
            if (link.from().published() || caller.isStaff()) {
                links.add(new DocumentView.LinkView(
                        link.relation().name() + "_BY",
                        link.from().id(),
                        link.from().titleOriginal()));
            }
        }
        List<DocumentView.ResolutionRef> resolutions = new ArrayList<>();
        for (String reference : document.tags(TagKind.RESOLUTION)) {
            String number = reference.split(" ")[0];
            Long resolutionId = em.createQuery("select r.id from Resolution r where r.number = :n", Long.class)
                    .setParameter("n", number)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            resolutions.add(new DocumentView.ResolutionRef(reference, resolutionId));
        }
        String country = Optional.ofNullable(em.find(MemberState.class, document.country()))
                .map(MemberState::englishName)
                .orElse("INT".equals(document.country()) ? "International" : "Regional");
        return new DocumentView(document, country, links, resolutions, citation(document, country));
    }

    /** A citation in the usual form for legal materials: State, title (English title), date, source, accessed. */
    static String citation(LibraryDocument d, String countryName) {
        StringBuilder citation = new StringBuilder(countryName).append(", ").append(d.titleOriginal());
        if (d.titleEnglish() != null && !d.titleEnglish().equals(d.titleOriginal())) {
            citation.append(" [").append(d.titleEnglish()).append("]");
        }
        if (d.date() != null) {
            citation.append(", ").append(d.date());
        } else if (d.year() != null) {
            citation.append(", ").append(d.year());
        }
        if (d.sourceUrl() != null) {
            citation.append(". Available at ").append(d.sourceUrl());
        }
        return citation.append(". Resolution Tracker library, document ")
                .append(d.id())
                .append('.')
                .toString();
    }

    /** Starts rebuilding the index from the database in the background; search keeps working meanwhile. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public void rebuildIndex() {
        audit.done(caller.name(), "INDEX_REBUILD_STARTED", "LibraryIndex", null, null);
        indexer.rebuild();
    }

    /** How the index stands: documents, last event applied, and the progress of a rebuild. */
    @PermitAll
    public String indexStatus() {
        return indexer.stats() + "; rebuild " + indexer.rebuildProgress();
    }

    /** The documents in the index, changes not applied yet, and how a rebuild stands. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public IndexState indexState() {
        return new IndexState(indexer.stats().documents(), indexer.waiting(), indexer.progress());
    }

    public record IndexState(long documents, long waiting, LibraryIndexer.Progress rebuild) {}

    /**
     * Every document, published or not, newest change first, without its text: what the secretariat's list shows.
     * Documents a focal point described in a return and that wait to be completed are marked.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<DocumentSummary> listAll() {
        Set<Long> toComplete = ((List<?>)
                        em.createNativeQuery("select document_id from library_tag where kind = ?1 and tag_value = ?2")
                                .setParameter(1, TagKind.KEYWORD.name())
                                .setParameter(2, LibraryDocument.DESCRIBED_IN_RETURN)
                                .getResultList())
                .stream().map(id -> ((Number) id).longValue()).collect(java.util.stream.Collectors.toSet());
        return summaries(false, Integer.MAX_VALUE, toComplete);
    }

    /** The documents published last, newest first: the home page's "recent additions". */
    @PermitAll
    public List<DocumentSummary> recentlyPublished(int count) {
        return summaries(true, count, Set.of());
    }

    /** Summaries without the text (which may be a megabyte a document), newest change first. */
    private List<DocumentSummary> summaries(boolean publishedOnly, int max, Set<Long> toComplete) {
        return em
                .createQuery(
                        "select d.id, d.type, d.country, d.titleOriginal, d.titleEnglish, d.year, d.languages,"
                                + " d.published, d.fileName, d.updatedAt, d.updatedBy from LibraryDocument d"
                                + (publishedOnly ? " where d.published = true" : "")
                                + " order by d.updatedAt desc, d.id desc",
                        Object[].class)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> new DocumentSummary(
                        (Long) row[0],
                        (org.unodc.rt.search.DocumentType) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (Integer) row[5],
                        List.of(((String) row[6]).split(",")),
                        (Boolean) row[7],
                        toComplete.contains((Long) row[0]),
                        (String) row[8],
                        (Instant) row[9],
                        (String) row[10]))
                .toList();
    }

    /** Removes a typed link between two documents; both are re-indexed, as both show it. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public void unlink(long fromId, LibraryLink.Relation relation, long toId) {
        LibraryDocument from = getDocument(fromId);
        LibraryDocument to = getDocument(toId);
        int removed = em.createQuery(
                        "delete from LibraryLink l where l.from = :from and l.to = :to and l.relation = :relation")
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("relation", relation)
                .executeUpdate();
        if (removed == 0) {
            throw new NotFoundException(Explanation.of(
                    "library.noSuchLink",
                    String.valueOf(fromId),
                    Explanation.of("libraryRelation." + relation.name()),
                    String.valueOf(toId)));
        }
        changedDocument(from, "LIBRARY_LINK_REMOVED");
        em.persist(new IndexEvent(to.id(), IndexEvent.Action.UPSERT, Instant.now(clock)));
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public LibraryDocument create(@NotNull DocumentDraft draft) {
        LibraryDocument document;
        try {
            document = new LibraryDocument(
                    draft.type(),
                    draft.country(),
                    draft.titleOriginal(),
                    draft.languages(),
                    caller.name(),
                    Instant.now(clock));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        apply(document, draft);
        em.persist(document);
        em.flush();
        changedDocument(document, "LIBRARY_DOCUMENT_CREATED");
        return document;
    }

    /**
     * A focal point describes a law of its State that the library does not have yet (title, year, address), to cite
     * it in a return. It becomes unpublished legislation of the State marked {@link
     * LibraryDocument#DESCRIBED_IN_RETURN}, which only the secretariat sees, completes and publishes.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public LibraryDocument describeNewText(String title, Integer year, String sourceUrl) {
        var account = caller.account()
                .filter(a -> a.state() != null)
                .orElseThrow(
                        () -> new org.unodc.rt.application.AccessDeniedException(Explanation.of("account.noState")));
        String language = account.locale() == null || account.locale().length() < 2
                ? "en"
                : account.locale().substring(0, 2);
        LibraryDocument document;
        try {
            document = LibraryDocument.describedInReturn(
                    account.state().iso3(), title, year, sourceUrl, language, caller.name(), Instant.now(clock));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        em.persist(document);
        em.flush();
        changedDocument(document, "LIBRARY_TEXT_DESCRIBED");
        return document;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public LibraryDocument update(long id, int expectedVersion, @NotNull DocumentDraft draft) {
        LibraryDocument document = getDocument(id);
        if (document.version() != expectedVersion) {
            throw new OptimisticLockException("Someone else changed this document since you opened it; reload it.");
        }
        apply(document, draft);
        changedDocument(document, "LIBRARY_DOCUMENT_UPDATED");
        return document;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public LibraryDocument publish(long id) {
        LibraryDocument document = getDocument(id);
        try {
            document.publish();
        } catch (RuleViolation e) {
            throw new InvalidInputException(e.explanation());
        }
        changedDocument(document, "LIBRARY_DOCUMENT_PUBLISHED");
        return document;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public LibraryDocument withdraw(long id) {
        LibraryDocument document = getDocument(id);
        document.withdraw();
        changedDocument(document, "LIBRARY_DOCUMENT_WITHDRAWN");
        return document;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public void link(long fromId, LibraryLink.Relation relation, long toId) {
        LibraryDocument from = getDocument(fromId);
        LibraryDocument to = getDocument(toId);
        long existing = em.createQuery(
                        "select count(l) from LibraryLink l where l.from = :from and l.to = :to and l.relation = :r",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("r", relation)
                .getSingleResult();
        if (existing > 0) {
            throw new InvalidInputException(Explanation.of(
                    "library.linkExists." + relation.name(), String.valueOf(fromId), String.valueOf(toId)));
        }
        try {
            em.persist(new LibraryLink(from, relation, to));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        changedDocument(from, "LIBRARY_LINK_ADDED");
        em.persist(new IndexEvent(to.id(), IndexEvent.Action.UPSERT, Instant.now(clock)));
    }

    /**
     * Stores an uploaded original and makes its extracted text the document's text. A hostile or broken file is
     * refused with the reason, and nothing already saved changes. The upload is staged beside the originals and
     * named after its SHA-256 only once it has been read; a refused one is deleted at once.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public ExtractedText attachOriginal(long id, String fileName, InputStream content) {
        LibraryDocument document = getDocument(id);
        try (StagedUpload upload = StagedUpload.receive(DataDirectory.files(), content, reader.maxFileBytes())) {
            ExtractedText extracted = reader.read(upload.path(), fileName);
            document.attachOriginal(fileName, extracted.mediaType(), upload.size(), upload.sha256());
            document.replaceText(extracted.text());
            // Not deleted if the transaction then fails: another document may have the same content, hence the same
            // file. An original nothing points to is left to the nightly FileSweeper.
            upload.keepAs(DataDirectory.files().resolve(upload.sha256()));
            changedDocument(document, "LIBRARY_ORIGINAL_ATTACHED");
            return extracted;
        }
    }

    /** Extracts text from a file without storing anything: for reading a resolution from a PDF, DOCX, ODT or HTML. */
    @PermitAll
    public ExtractedText extract(String fileName, InputStream content) {
        return reader.read(content, fileName);
    }

    @PermitAll
    public Path original(long id) {
        LibraryDocument document = getDocument(id);
        if (document.fileSha256() == null) {
            throw new NotFoundException(Explanation.of("library.noOriginal", String.valueOf(id)));
        }
        return DataDirectory.files().resolve(document.fileSha256());
    }

    private void apply(LibraryDocument document, DocumentDraft draft) {
        try {
            document.describe(
                    draft.type(),
                    draft.country(),
                    draft.titleOriginal(),
                    draft.titleEnglish(),
                    draft.date(),
                    draft.year(),
                    draft.languages(),
                    draft.status(),
                    draft.sourceUrl());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        try {
            document.replaceTags(TagKind.CRIME_TYPE, draft.crimeTypes());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        document.replaceTags(TagKind.INSTRUMENT, draft.instruments());
        document.replaceTags(TagKind.ARTICLE, draft.articles());
        document.replaceTags(TagKind.RESOLUTION, draft.resolutions());
        document.replaceTags(TagKind.KEYWORD, draft.keywords());
        if (draft.text() != null) {
            document.replaceText(draft.text());
        }
    }

    private void changedDocument(LibraryDocument document, String action) {
        document.touch(caller.name(), Instant.now(clock));
        em.persist(new IndexEvent(document.id(), IndexEvent.Action.UPSERT, Instant.now(clock)));
        changed.fire(new LibraryIndexer.Changed());
        audit.done(caller.name(), action, "LibraryDocument", String.valueOf(document.id()), document.titleOriginal());
    }
}
