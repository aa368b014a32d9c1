package org.unodc.rt.web.resolution;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.application.library.DocumentReader;
import org.unodc.rt.application.resolution.ResolutionCatalogue;
import org.unodc.rt.application.resolution.ResolutionCorrections;
import org.unodc.rt.application.resolution.ResolutionImport;
import org.unodc.rt.application.resolution.ResolutionStructure;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.text.Addressee;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.web.common.Messages;

/**
 * Reads a pasted or uploaded resolution into its structure, shows it next to the text for correction, and saves it;
 * opened with an id, corrects a saved resolution (the change goes into its history).
 */
@Named
@ViewScoped
public class ResolutionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One operative paragraph as the form edits it. */
    public static class ParagraphForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final OperativeParagraph parsed;
        private String verb;
        private List<Addressee> addressees;
        private String text;

        ParagraphForm(OperativeParagraph parsed) {
            this.parsed = parsed;
            this.verb = parsed.verb();
            this.addressees = new ArrayList<>(parsed.addressees());
            this.text = parsed.text();
        }

        OperativeParagraph corrected() {
            return new OperativeParagraph(
                    parsed.number(),
                    verb,
                    addressees,
                    parsed.addresseeText(),
                    parsed.directives(),
                    text,
                    parsed.subparagraphs());
        }

        public OperativeParagraph getParsed() {
            return parsed;
        }

        public String getVerb() {
            return verb;
        }

        public void setVerb(String verb) {
            this.verb = verb;
        }

        public List<Addressee> getAddressees() {
            return addressees;
        }

        public void setAddressees(List<Addressee> addressees) {
            this.addressees = addressees;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @Inject
    ResolutionCatalogue catalogue;

    @Inject
    ResolutionImport imports;

    @Inject
    ResolutionCorrections corrections;

    @Inject
    DocumentReader reader;

    private Long id;
    private int version;
    private String sourceText;
    private ParsedResolution parsed;
    private String title;
    private String symbol;
    private String number;
    private ResolutionBody body;
    private ResolutionStatus status;
    private LocalDate adoptionDate;
    private String agendaItem;
    private List<ParagraphForm> paragraphs = new ArrayList<>();
    private Existing duplicate;

    /** f:viewAction: with an id, opens a saved resolution for correction. */
    public void load() {
        if (id != null && parsed == null) {
            Resolution resolution = catalogue.getResolution(id);
            version = resolution.version();
            sourceText = resolution.sourceText();
            show(ResolutionStructure.of(resolution, null));
        }
    }

    /** A resolution the catalogue already holds, as the page names it and links to it. */
    public record Existing(Long id, String label) implements Serializable {
        static Existing of(Resolution r) {
            return new Existing(r.id(), Resolution.label(r.symbol(), r.body(), r.number(), r.title()));
        }
    }

    public void preview() {
        try {
            show(imports.parse(sourceText));
            duplicate = imports.sameAs(parsed).map(Existing::of).orElse(null);
            Messages.info("resolution.import.parsed", paragraphs.size());
        } catch (BusinessException e) {
            parsed = null;
            Messages.error(e);
        }
    }

    /** A text file is read as UTF-8; PDF, DOCX, DOC, ODT and HTML go through text extraction (with its limits). */
    public void upload(FileUploadEvent event) throws IOException {
        String name = event.getFile().getFileName();
        try (InputStream content = event.getFile().getInputStream()) {
            sourceText = name.toLowerCase(Locale.ROOT).endsWith(".txt")
                    ? new String(content.readAllBytes(), StandardCharsets.UTF_8)
                    : reader.read(content, name).text();
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        preview();
    }

    /** Refusals (a stale version among them) are shown by the page's exception handler. */
    public String save() {
        ParsedResolution corrected = corrected();
        if (id == null) {
            // Said before saving, with the way to the one already there; the service refuses a duplicate anyway.
            duplicate = imports.sameAs(corrected).map(Existing::of).orElse(null);
            if (duplicate != null) {
                Messages.error("resolution.import.notSavedTwice", duplicate.label());
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
        }
        Resolution saved =
                id == null ? imports.save(corrected, sourceText) : corrections.correct(id, version, corrected);
        Messages.info(id == null ? "resolution.import.saved" : "resolution.edit.saved", saved.title());
        return "/resolution?faces-redirect=true&id=" + saved.id();
    }

    private ParsedResolution corrected() {
        return new ParsedResolution(
                symbol,
                body,
                number,
                title,
                status,
                adoptionDate,
                parsed.meeting(),
                parsed.session(),
                agendaItem,
                parsed.sponsors(),
                parsed.preamble(),
                paragraphs.stream().map(ParagraphForm::corrected).toList(),
                parsed.footnotes(),
                parsed.citedResolutions(),
                parsed.instruments(),
                parsed.reportingRequests(),
                parsed.nestedDraft(),
                parsed.language());
    }

    private void show(ParsedResolution structure) {
        parsed = structure;
        title = structure.title();
        symbol = structure.symbol();
        number = structure.number();
        body = structure.body();
        status = structure.status();
        adoptionDate = structure.adoptionDate();
        agendaItem = structure.agendaItem();
        paragraphs = new ArrayList<>(
                structure.operative().stream().map(ParagraphForm::new).toList());
    }

    public boolean isEditing() {
        return id != null;
    }

    public Addressee[] getAllAddressees() {
        return Addressee.values();
    }

    public ResolutionBody[] getBodies() {
        return ResolutionBody.values();
    }

    public ResolutionStatus[] getStatuses() {
        return ResolutionStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSourceText() {
        return sourceText;
    }

    public void setSourceText(String sourceText) {
        this.sourceText = sourceText;
    }

    public ParsedResolution getParsed() {
        return parsed;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public ResolutionBody getBody() {
        return body;
    }

    public void setBody(ResolutionBody body) {
        this.body = body;
    }

    public ResolutionStatus getStatus() {
        return status;
    }

    public void setStatus(ResolutionStatus status) {
        this.status = status;
    }

    public LocalDate getAdoptionDate() {
        return adoptionDate;
    }

    public void setAdoptionDate(LocalDate adoptionDate) {
        this.adoptionDate = adoptionDate;
    }

    public String getAgendaItem() {
        return agendaItem;
    }

    public void setAgendaItem(String agendaItem) {
        this.agendaItem = agendaItem;
    }

    public Existing getDuplicate() {
        return duplicate;
    }

    public List<ParagraphForm> getParagraphs() {
        return paragraphs;
    }
}
