package org.unodc.rt.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.LocalizedFormat;
import org.unodc.rt.application.account.AccountLinks;
import org.unodc.rt.application.library.DocumentView;
import org.unodc.rt.application.library.LibraryReading;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.TagKind;
import org.unodc.rt.search.Emphasis;
import org.unodc.rt.search.SearchHit;
import org.unodc.rt.web.common.Fmt;
import org.unodc.rt.web.common.Labels;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/** One library document: metadata, links both ways, the resolutions it answers, the original, a citation. */
@Named
@ViewScoped
public class DocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryReading library;

    @Inject
    Labels labels;

    @Inject
    Fmt fmt;

    @Inject
    UserSession session;

    private Long id;
    private DocumentView view;
    private List<SearchHit> similar;

    public void load() {
        view = library.view(id);
        similar = library.similar(id, 5);
    }

    public String tags(String kind) {
        return LocalizedFormat.list(
                session.getLocale(), List.copyOf(view.document().tags(TagKind.valueOf(kind))));
    }

    public java.util.Set<String> tagSet(String kind) {
        return view.document().tags(TagKind.valueOf(kind));
    }

    /**
     * A citation in the usual form for legal materials, in the reader's language: State, title [English title], date,
     * where it is available, and where in this library it was found.
     */
    public String getCitation() {
        LibraryDocument d = view.document();
        StringBuilder citation =
                new StringBuilder(labels.country(d.country())).append(", ").append(d.titleOriginal());
        if (d.titleEnglish() != null && !d.titleEnglish().equals(d.titleOriginal())) {
            citation.append(" [").append(d.titleEnglish()).append(']');
        }
        if (d.date() != null) {
            citation.append(", ").append(fmt.date(d.date()));
        } else if (d.year() != null) {
            citation.append(", ").append(d.year());
        }
        citation.append(". ");
        if (d.sourceUrl() != null) {
            citation.append(Messages.text("citation.availableAt", d.sourceUrl()))
                    .append(". ");
        }
        return citation.append(Messages.text("citation.libraryAt", String.valueOf(d.id()), getPermalink()))
                .append('.')
                .toString();
    }

    /** The address of this page that stays valid: the platform's public address and the document's id. */
    public String getPermalink() {
        return AccountLinks.publicUrl() + "/document.xhtml?id="
                + view.document().id();
    }

    /** The text, escaped, with its emphasis ({@code *Invites*}) shown as emphasis. */
    public String getTextHtml() {
        String text = view.document().text();
        return text == null ? "" : Emphasis.plainTextToHtml(text);
    }

    public String getLanguages() {
        return LocalizedFormat.list(session.getLocale(), view.document().languages());
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
