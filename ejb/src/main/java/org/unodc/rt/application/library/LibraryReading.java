package org.unodc.rt.application.library;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.library.DocumentSummary;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.library.LibraryEvent;
import org.unodc.rt.domain.library.TagKind;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.Resolutions;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.infrastructure.DataDirectory;
import org.unodc.rt.infrastructure.search.LibraryIndexer;
import org.unodc.rt.search.ErrorText;
import org.unodc.rt.search.InvalidQueryException;
import org.unodc.rt.search.SearchHit;
import org.unodc.rt.search.SearchRequest;
import org.unodc.rt.search.SearchResult;
import org.unodc.rt.search.TitleSuggestion;

/**
 * What researchers read: search, suggestions, documents with their links and a citation, and the originals. The
 * public sees and finds only published documents; the secretariat sees every one.
 */
@Stateless
@PermitAll
public class LibraryReading {

    @Inject
    LibraryDocuments documents;

    @Inject
    LibraryIndexer indexer;

    @Inject
    Resolutions resolutions;

    @Inject
    MemberStates states;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    public SearchResult search(@NotNull SearchRequest request) {
        try {
            return indexer.index().search(request);
        } catch (InvalidQueryException e) {
            throw new InvalidInputException(new Explanation(ErrorText.BUNDLE, e.key(), e.arguments()));
        }
    }

    public List<TitleSuggestion> suggest(String prefix, int count) {
        return prefix == null || prefix.isBlank() ? List.of() : indexer.index().suggestTitles(prefix.strip(), count);
    }

    public List<SearchHit> similar(long id, int count) {
        getDocument(id);
        return indexer.index().similar(String.valueOf(id), count);
    }

    /** The documents published last, newest first: the home page's "recent additions". */
    public List<DocumentSummary> recentlyPublished(int count) {
        return documents.recentlyPublished(count);
    }

    /**
     * A document the caller may see: published ones for everybody, unpublished ones for the secretariat only. Asking
     * for an unpublished one is answered as for a missing one, and written to the audit trail; the entry stays
     * although the refusal rolls the transaction back.
     */
    public LibraryDocument getDocument(long id) {
        LibraryDocument document = documents.find(id).orElseThrow(() -> DocumentChanges.noSuchDocument(id));
        if (!document.published() && !caller.isStaff()) {
            audit.refused(new LibraryEvent.UnpublishedRead(id), AuditEvent.Outcome.DENIED);
            throw DocumentChanges.noSuchDocument(id);
        }
        return document;
    }

    public DocumentView view(long id) {
        LibraryDocument document = getDocument(id);
        List<DocumentView.LinkView> links = documents.linksOf(document).stream()
                .filter(link -> link.otherEnd(document).published() || caller.isStaff())
                // Its own links first ("amends"), then the others' ("amended by").
                .sorted(Comparator.comparing(link -> !link.isFrom(document)))
                .map(link -> new DocumentView.LinkView(
                        link.relationFrom(document),
                        link.otherEnd(document).id(),
                        link.otherEnd(document).titleOriginal()))
                .toList();
        List<DocumentView.ResolutionRef> answered = new ArrayList<>();
        for (String reference : document.tags(TagKind.RESOLUTION)) {
            String number = reference.split(" ")[0];
            answered.add(new DocumentView.ResolutionRef(
                    reference,
                    resolutions.findByNumber(number).map(Resolution::id).orElse(null)));
        }
        String country = states.find(document.country())
                .map(MemberState::englishName)
                .orElse("INT".equals(document.country()) ? "International" : "Regional");
        return new DocumentView(document, country, links, answered, citation(document, country));
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

    /** Where the document's original file is kept; a document without one is answered as not found. */
    public Path original(long id) {
        LibraryDocument document = getDocument(id);
        if (document.fileSha256() == null) {
            throw new NotFoundException(Explanation.of("library.noOriginal", String.valueOf(id)));
        }
        return DataDirectory.files().resolve(document.fileSha256());
    }
}
