package org.unodc.rt.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.library.DocumentView;
import org.unodc.rt.application.library.LibraryService;
import org.unodc.rt.domain.library.TagKind;
import org.unodc.rt.search.SearchHit;

/** One library document: metadata, links both ways, the resolutions it answers, the original, a citation. */
@Named
@ViewScoped
public class DocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LibraryService library;

    private Long id;
    private DocumentView view;
    private List<SearchHit> similar;

    public void load() {
        view = library.view(id);
        similar = library.similar(id, 5);
    }

    public String tags(String kind) {
        return String.join(", ", view.document().tags(TagKind.valueOf(kind)));
    }

    public String getLanguages() {
        return String.join(", ", view.document().languages());
    }

    public boolean isRightToLeft() {
        return "ar".equals(view.document().originalLanguage());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DocumentView getView() {
        return view;
    }

    public List<SearchHit> getSimilar() {
        return similar;
    }
}
