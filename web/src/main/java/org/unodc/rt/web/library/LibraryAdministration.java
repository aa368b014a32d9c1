package org.unodc.rt.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.library.IndexState;
import org.unodc.rt.application.library.LibraryCataloguing;
import org.unodc.rt.application.library.LibraryPublishing;
import org.unodc.rt.domain.library.DocumentSummary;
import org.unodc.rt.search.DocumentType;
import org.unodc.rt.web.common.Messages;

/**
 * The secretariat's list of every library document, published or not (filter, sort, page, export), with publish and
 * withdraw at hand, and the state of the search index with a rebuild that shows its progress.
 */
@Named
@ViewScoped
public class LibraryAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the status column filters on. */
    public enum Standing {
        PUBLISHED,
        UNPUBLISHED,
        TO_COMPLETE
    }

    @Inject
    LibraryCataloguing cataloguing;

    @Inject
    LibraryPublishing publishing;

    private List<DocumentSummary> documents;
    private List<DocumentSummary> filtered;
    private IndexState index;

    @PostConstruct
    void load() {
        documents = cataloguing.listAll();
        filtered = null;
        index = publishing.indexState();
    }

    public Standing standing(DocumentSummary d) {
        return d.published() ? Standing.PUBLISHED : d.toComplete() ? Standing.TO_COMPLETE : Standing.UNPUBLISHED;
    }

    public void publish(DocumentSummary d) {
        publishing.publish(d.id());
        Messages.info("libraryEditor.published", d.titleOriginal());
        load();
    }

    public void withdraw(DocumentSummary d) {
        publishing.withdraw(d.id());
        Messages.info("libraryEditor.withdrawn", d.titleOriginal());
        load();
    }

    public void rebuild() {
        publishing.rebuildIndex();
        index = publishing.indexState();
        Messages.info("libraryAdmin.rebuildStarted");
    }

    /** p:poll while a rebuild runs: how far it got. */
    public void refreshIndex() {
        boolean wasRunning = index.rebuild().running();
        index = publishing.indexState();
        if (wasRunning && !index.rebuild().running()) {
            if ("failed".equals(index.rebuild().state())) {
                Messages.error("libraryAdmin.rebuildFailed", index.rebuild().failure());
            } else {
                Messages.info("libraryAdmin.rebuildDone", index.documents());
            }
        }
    }

    public IndexState getIndex() {
        return index;
    }

    public List<DocumentSummary> getDocuments() {
        return documents;
    }

    public List<DocumentSummary> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<DocumentSummary> filtered) {
        this.filtered = filtered;
    }

    public Standing[] getStandings() {
        return Standing.values();
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public long count(Standing standing) {
        return documents.stream().filter(d -> standing(d) == standing).count();
    }
}
