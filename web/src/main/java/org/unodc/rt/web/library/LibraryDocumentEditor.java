package org.unodc.rt.web.library;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.application.library.DocumentDraft;
import org.unodc.rt.application.library.DocumentView;
import org.unodc.rt.application.library.LibraryCataloguing;
import org.unodc.rt.application.library.LibraryOriginals;
import org.unodc.rt.application.library.LibraryPublishing;
import org.unodc.rt.application.library.LibraryReading;
import org.unodc.rt.domain.library.DocumentSummary;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.library.TagKind;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.search.CrimeType;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.DocumentType;
import org.unodc.rt.search.extract.ExtractedText;
import org.unodc.rt.web.common.Labels;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/**
 * The secretariat's editor of one library document: metadata, text, the original file (its text extracted and its
 * language detected, which the editor can take or correct), typed links to other documents, publish and withdraw.
 * Opened without an id it creates a document, unpublished.
 */
@Named
@ViewScoped
public class LibraryDocumentEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The six UN languages first, then the other languages national laws in the library are commonly written in. */
    static final List<String> LANGUAGES = List.of(
            "ar", "zh", "en", "fr", "ru", "es", "pt", "de", "it", "nl", "tr", "fa", "id", "ja", "ko", "sw", "hi", "ur",
            "bn", "ms", "th", "vi", "pl", "uk", "ro", "el", "he", "sv");

    /** Largest original accepted, as the service enforces it (the server takes request bodies up to 60 MB). */
    public static final long MAX_ORIGINAL_BYTES = 50L * 1024 * 1024;

    @Inject
    LibraryReading reading;

    @Inject
    LibraryCataloguing cataloguing;

    @Inject
    LibraryPublishing publishing;

    @Inject
    LibraryOriginals originals;

    @Inject
    MemberStateService states;

    @Inject
    UserSession session;

    @Inject
    Labels labels;

    private Long id;
    private int version;
    private boolean published;
    private String fileName;

    private DocumentType type = DocumentType.LEGISLATION;
    private String country;
    private String titleOriginal;
    private String titleEnglish;
    private LocalDate date;
    private Integer year;
    private String originalLanguage;
    private List<String> otherLanguages = new ArrayList<>();
    private DocumentStatus status;
    private List<String> instruments = new ArrayList<>();
    private List<String> articles = new ArrayList<>();
    private List<String> crimeTypes = new ArrayList<>();
    private List<String> resolutions = new ArrayList<>();
    private List<String> keywords = new ArrayList<>();
    private String sourceUrl;
    private String text;

    private ExtractedText extracted;
    private boolean textKept;
    private List<DocumentView.LinkView> links = List.of();
    private LibraryLink.Relation linkRelation = LibraryLink.Relation.AMENDS;
    private Long linkTarget;
    private List<DocumentSummary> others;

    /** f:viewAction: loads the document, or prepares a new one in the editor's language. */
    public void load() {
        if (id == null) {
            originalLanguage = session.getLanguage();
            return;
        }
        show(reading.getDocument(id));
    }

    private void show(LibraryDocument d) {
        id = d.id();
        version = d.version();
        published = d.published();
        fileName = d.fileName();
        type = d.type();
        country = d.country();
        titleOriginal = d.titleOriginal();
        titleEnglish = d.titleEnglish();
        date = d.date();
        year = d.year();
        originalLanguage = d.originalLanguage();
        otherLanguages = new ArrayList<>(d.languages().subList(1, d.languages().size()));
        status = d.status();
        instruments = new ArrayList<>(d.tags(TagKind.INSTRUMENT));
        articles = new ArrayList<>(d.tags(TagKind.ARTICLE));
        crimeTypes = new ArrayList<>(d.tags(TagKind.CRIME_TYPE));
        resolutions = new ArrayList<>(d.tags(TagKind.RESOLUTION));
        keywords = new ArrayList<>(d.tags(TagKind.KEYWORD));
        sourceUrl = d.sourceUrl();
        text = d.text();
        links = reading.view(d.id()).links();
    }

    public String save() {
        if (year != null && date != null && date.getYear() != year) {
            Messages.error("libraryEditor.yearMismatch", String.valueOf(year));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        DocumentDraft draft = draft();
        if (id == null) {
            LibraryDocument created = cataloguing.create(draft);
            Messages.info("libraryEditor.created", created.titleOriginal());
            return "/secretariat/library-document?faces-redirect=true&id=" + created.id();
        }
        // An edit of a version someone else replaced meanwhile is an EditConflict, shown by the page's exception
        // handler.
        show(cataloguing.update(id, version, draft));
        Messages.info("libraryEditor.saved", titleOriginal);
        return null;
    }

    private DocumentDraft draft() {
        List<String> languages = new ArrayList<>();
        languages.add(originalLanguage);
        otherLanguages.stream().filter(l -> !l.equals(originalLanguage)).forEach(languages::add);
        return new DocumentDraft(
                type,
                country,
                titleOriginal,
                titleEnglish,
                date,
                year,
                languages,
                type == DocumentType.LEGISLATION ? status : null,
                Set.copyOf(instruments),
                Set.copyOf(articles),
                Set.copyOf(crimeTypes),
                Set.copyOf(resolutions),
                Set.copyOf(keywords),
                sourceUrl,
                text);
    }

    /** p:fileUpload: stores the original, extracts its text (with limits) and shows the language it detected. */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        // The text in the field (saved, or typed and sent when the field was left): a summary written before the
        // original arrived stays, and the page offers the file's text instead of putting it in its place.
        String typed = text;
        try (InputStream content = file.getInputStream()) {
            extracted = originals.attachOriginal(id, file.getFileName(), content, false);
        }
        show(reading.getDocument(id));
        textKept = typed != null
                && !typed.isBlank()
                && !typed.strip().equals(extracted.text().strip());
        if (textKept) {
            text = typed;
        }
        if (textKept) {
            Messages.info("libraryEditor.stored", file.getFileName());
        } else {
            Messages.info(
                    "libraryEditor.uploaded",
                    file.getFileName(),
                    extracted.text().length());
        }
        if (extracted.truncated()) {
            Messages.error("libraryEditor.truncated", LibraryDocument.MAX_TEXT);
        }
    }

    /** Puts the text read from the uploaded original in place of the one typed before, and saves it. */
    public void useFileText() {
        text = extracted.text();
        textKept = false;
        save();
    }

    /** Whether the last upload left the typed text in place of the file's (which {@link #useFileText} puts there). */
    public boolean isTextKept() {
        return textKept;
    }

    /** Whether the language detected in the upload differs from the one recorded, so the editor may take it. */
    public boolean isDetectedLanguageDiffers() {
        return extracted != null
                && !"und".equals(extracted.detectedLanguage())
                && !extracted.detectedLanguage().equals(originalLanguage);
    }

    public void useDetectedLanguage() {
        String detected = extracted.detectedLanguage();
        otherLanguages.remove(detected);
        if (originalLanguage != null && !originalLanguage.equals(detected)) {
            otherLanguages.add(0, originalLanguage);
        }
        originalLanguage = detected;
        otherLanguages.remove(detected);
        save();
    }

    public void publish() {
        if (text == null || text.isBlank()) {
            Messages.error("libraryEditor.noText");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        show(publishing.publish(id));
        Messages.info("libraryEditor.published", titleOriginal);
    }

    public void withdraw() {
        show(publishing.withdraw(id));
        Messages.info("libraryEditor.withdrawn", titleOriginal);
    }

    public void addLink() {
        if (linkTarget == null) {
            Messages.error("libraryEditor.pickTarget");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (linkTarget.equals(id)) {
            Messages.error("libraryEditor.linkToItself");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (links.stream().anyMatch(l -> l.relation().equals(linkRelation.name()) && l.targetId() == linkTarget)) {
            Messages.error("libraryEditor.alreadyLinked");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        cataloguing.link(id, linkRelation, linkTarget);
        links = reading.view(id).links();
        linkTarget = null;
        Messages.info("libraryEditor.linked");
    }

    /** Removes a link shown on this page, whichever side it was recorded from. */
    public void removeLink(DocumentView.LinkView link) {
        String relation = link.relation();
        if (relation.endsWith("_BY")) {
            cataloguing.unlink(
                    link.targetId(), LibraryLink.Relation.valueOf(relation.substring(0, relation.length() - 3)), id);
        } else {
            cataloguing.unlink(id, LibraryLink.Relation.valueOf(relation), link.targetId());
        }
        links = reading.view(id).links();
        Messages.info("libraryEditor.unlinked");
    }

    // ---------------------------------------------------------------- choices

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public DocumentStatus[] getStatuses() {
        return DocumentStatus.values();
    }

    public List<CrimeType> getCrimeTypeChoices() {
        return Arrays.stream(CrimeType.values())
                .sorted(java.util.Comparator.comparing(c -> labels.crimeType(c.code())))
                .toList();
    }

    public List<Instrument> getInstrumentChoices() {
        return states.instruments();
    }

    public List<String> getLanguageChoices() {
        return LANGUAGES;
    }

    /** INT and REG first, then the States in alphabetical order of their names in the editor's language. */
    public List<String> getCountryChoices() {
        List<MemberState> all = new ArrayList<>(states.list());
        all.sort(java.util.Comparator.comparing(s -> labels.country(s.iso3())));
        return Stream.concat(Labels.NOT_A_STATE.stream(), all.stream().map(MemberState::iso3))
                .toList();
    }

    public LibraryLink.Relation[] getRelations() {
        return LibraryLink.Relation.values();
    }

    /** The documents a link may point to: every other one, by title. */
    public List<DocumentSummary> getOthers() {
        if (others == null) {
            others = cataloguing.listAll().stream()
                    .filter(d -> !Long.valueOf(d.id()).equals(id))
                    .toList();
        }
        return others;
    }

    public boolean isLegislation() {
        return type == DocumentType.LEGISLATION;
    }

    public boolean isCreating() {
        return id == null;
    }

    public long getMaxOriginalBytes() {
        return MAX_ORIGINAL_BYTES;
    }

    public Set<String> getSelectedLanguages() {
        Set<String> all = new LinkedHashSet<>();
        all.add(originalLanguage);
        all.addAll(otherLanguages);
        return all;
    }

    // ---------------------------------------------------------------- form properties

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isPublished() {
        return published;
    }

    public String getFileName() {
        return fileName;
    }

    public ExtractedText getExtracted() {
        return extracted;
    }

    public List<DocumentView.LinkView> getLinks() {
        return links;
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getTitleOriginal() {
        return titleOriginal;
    }

    public void setTitleOriginal(String titleOriginal) {
        this.titleOriginal = titleOriginal;
    }

    public String getTitleEnglish() {
        return titleEnglish;
    }

    public void setTitleEnglish(String titleEnglish) {
        this.titleEnglish = titleEnglish;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(String originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    public List<String> getOtherLanguages() {
        return otherLanguages;
    }

    public void setOtherLanguages(List<String> otherLanguages) {
        this.otherLanguages = otherLanguages == null ? new ArrayList<>() : new ArrayList<>(otherLanguages);
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }

    public List<String> getInstruments() {
        return instruments;
    }

    public void setInstruments(List<String> instruments) {
        this.instruments = instruments == null ? new ArrayList<>() : new ArrayList<>(instruments);
    }

    public List<String> getArticles() {
        return articles;
    }

    public void setArticles(List<String> articles) {
        this.articles = articles == null ? new ArrayList<>() : new ArrayList<>(articles);
    }

    public List<String> getCrimeTypes() {
        return crimeTypes;
    }

    public void setCrimeTypes(List<String> crimeTypes) {
        this.crimeTypes = crimeTypes == null ? new ArrayList<>() : new ArrayList<>(crimeTypes);
    }

    public List<String> getResolutions() {
        return resolutions;
    }

    public void setResolutions(List<String> resolutions) {
        this.resolutions = resolutions == null ? new ArrayList<>() : new ArrayList<>(resolutions);
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords == null ? new ArrayList<>() : new ArrayList<>(keywords);
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LibraryLink.Relation getLinkRelation() {
        return linkRelation;
    }

    public void setLinkRelation(LibraryLink.Relation linkRelation) {
        this.linkRelation = linkRelation;
    }

    public Long getLinkTarget() {
        return linkTarget;
    }

    public void setLinkTarget(Long linkTarget) {
        this.linkTarget = linkTarget;
    }
}
