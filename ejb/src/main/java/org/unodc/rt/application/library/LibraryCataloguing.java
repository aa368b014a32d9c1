package org.unodc.rt.application.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.EditConflict;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.library.DocumentSummary;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.library.LibraryEvent.Change;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.library.TagKind;

/**
 * The secretariat's catalogue: documents created unpublished and described (metadata, tags, text), the typed links
 * between them, and the texts focal points describe in their returns for the secretariat to complete.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class LibraryCataloguing {

    @Inject
    LibraryDocuments documents;

    @Inject
    DocumentChanges changes;

    @Inject
    CurrentCaller caller;

    public LibraryDocument create(@NotNull DocumentDraft draft) {
        LibraryDocument document;
        try {
            document = new LibraryDocument(
                    draft.type(),
                    draft.country(),
                    draft.titleOriginal(),
                    draft.languages(),
                    changes.by(),
                    changes.now());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        apply(document, draft);
        documents.add(document);
        changes.record(document, Change.CREATED);
        return document;
    }

    /**
     * A focal point describes a law of its State that the library does not have yet (title, year, address), to cite
     * it in a return. It becomes unpublished legislation of the State marked {@link
     * LibraryDocument#DESCRIBED_IN_RETURN}, which only the secretariat sees, completes and publishes.
     */
    @RolesAllowed({Role.FOCAL_POINT_NAME, Role.CONTRIBUTOR_NAME})
    public LibraryDocument describeNewText(String title, Integer year, String sourceUrl) {
        var account = caller.account()
                .filter(a -> a.state() != null)
                .orElseThrow(() -> new AccessDeniedException(Explanation.of("account.noState")));
        String language = account.locale() == null || account.locale().length() < 2
                ? "en"
                : account.locale().substring(0, 2);
        LibraryDocument document;
        try {
            document = LibraryDocument.describedInReturn(
                    account.state().iso3(), title, year, sourceUrl, language, changes.by(), changes.now());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        documents.add(document);
        changes.record(document, Change.TEXT_DESCRIBED);
        return document;
    }

    /** Changes what the document says; refused when someone else changed it since {@code expectedVersion}. */
    public LibraryDocument update(long id, int expectedVersion, @NotNull DocumentDraft draft) {
        LibraryDocument document = changes.get(id);
        if (document.version() != expectedVersion) {
            throw new EditConflict(Explanation.of(
                    "document.editConflict", String.valueOf(expectedVersion), String.valueOf(document.version())));
        }
        apply(document, draft);
        changes.record(document, Change.UPDATED);
        return document;
    }

    /** Records that one document amends, repeals or implements another; both are re-indexed, as both show it. */
    public void link(long fromId, LibraryLink.Relation relation, long toId) {
        LibraryDocument from = changes.get(fromId);
        LibraryDocument to = changes.get(toId);
        if (documents.linked(from, relation, to)) {
            throw new InvalidInputException(Explanation.of(
                    "library.linkExists." + relation.name(), String.valueOf(fromId), String.valueOf(toId)));
        }
        try {
            documents.add(new LibraryLink(from, relation, to));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        changes.record(from, Change.LINK_ADDED);
        changes.reindex(to);
    }

    /** Removes a typed link between two documents; both are re-indexed, as both showed it. */
    public void unlink(long fromId, LibraryLink.Relation relation, long toId) {
        LibraryDocument from = changes.get(fromId);
        LibraryDocument to = changes.get(toId);
        if (!documents.unlink(from, relation, to)) {
            throw new NotFoundException(Explanation.of(
                    "library.noSuchLink",
                    String.valueOf(fromId),
                    Explanation.of("libraryRelation." + relation.name()),
                    String.valueOf(toId)));
        }
        changes.record(from, Change.LINK_REMOVED);
        changes.reindex(to);
    }

    /**
     * Every document, published or not, newest change first, without its text: what the secretariat's list shows.
     * Documents a focal point described in a return and that wait to be completed are marked.
     */
    public List<DocumentSummary> listAll() {
        return documents.all();
    }

    private static void apply(LibraryDocument document, DocumentDraft draft) {
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
            document.replaceTags(TagKind.CRIME_TYPE, draft.crimeTypes());
        } catch (IllegalArgumentException | NullPointerException e) {
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
}
