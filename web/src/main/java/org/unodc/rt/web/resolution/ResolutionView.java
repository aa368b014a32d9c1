package org.unodc.rt.web.resolution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.application.library.DocumentReader;
import org.unodc.rt.application.resolution.Lineage;
import org.unodc.rt.application.resolution.ResolutionCatalogue;
import org.unodc.rt.application.resolution.ResolutionVersions;
import org.unodc.rt.domain.resolution.MisalignedVersion;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionRevision;
import org.unodc.rt.domain.resolution.ResolutionText;
import org.unodc.rt.domain.resolution.VersionAlignment;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/**
 * One resolution: its paragraphs, footnotes, addressees, mandates, lineage and history; its text in any language it
 * is held in, or two side by side; for the secretariat, adding or replacing a language version.
 */
@Named
@ViewScoped
public class ResolutionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResolutionCatalogue catalogue;

    @Inject
    org.unodc.rt.web.common.Labels labels;

    @Inject
    ResolutionVersions versions;

    @Inject
    DocumentReader reader;

    @Inject
    UserSession session;

    private Long id;
    /** The language the text is read in ({@code ?text=fr}); not {@code lang}, which switches the interface. */
    private String textLanguage;
    /** A second language shown side by side ({@code ?with=ar}), or none. */
    private String withLanguage;

    private UnLanguage versionLanguage;
    private String versionText;
    private List<String> problems = List.of();
    private ResolutionText text;
    private ResolutionText compared;
    private Resolution resolution;
    private Lineage lineage;
    private List<Resolution> nested;
    private List<ResolutionRevision> history;

    /** f:viewAction: loads once per view; an unknown id shows the not-found message of the service. */
    public void load() {
        resolution = catalogue.getResolution(id);
        lineage = catalogue.lineage(id);
        nested = catalogue.nestedIn(id);
        history = catalogue.history(id);
        text = resolution.textIn(UnLanguage.fromCode(textLanguage).orElse(getMyLanguage()));
        compared = UnLanguage.fromCode(withLanguage).map(resolution::textIn).orElse(null);
    }

    /** The text in the language chosen, else in the reader's interface language. */
    public ResolutionText getText() {
        return text;
    }

    /** The text shown side by side, or null. */
    public ResolutionText getCompared() {
        return compared;
    }

    public UnLanguage getMyLanguage() {
        return UnLanguage.fromCode(session.getLanguage()).orElse(UnLanguage.EN);
    }

    public List<UnLanguage> getAllLanguages() {
        return List.of(UnLanguage.values());
    }

    /** Reads a pasted text as the version in the chosen language; what differs is shown next to the form. */
    public void holdVersion() {
        hold(versionText);
    }

    /** TXT as UTF-8; DOCX, PDF and the others through text extraction, with its limits. */
    public void uploadVersion(FileUploadEvent event) throws IOException {
        try (InputStream content = event.getFile().getInputStream()) {
            versionText = reader.textOf(content, event.getFile().getFileName());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        hold(versionText);
    }

    private void hold(String text) {
        problems = List.of();
        if (versionLanguage == null) {
            Messages.error("resolution.version.chooseLanguage");
            return;
        }
        try {
            VersionAlignment alignment = versions.hold(id, versionLanguage, text);
            Messages.info(
                    "resolution.version.held",
                    session.languageName(versionLanguage),
                    alignment.preamble(),
                    alignment.operative());
            versionText = null;
            load();
        } catch (MisalignedVersion refused) {
            problems = refused.alignment().problems().stream()
                    .map(p -> p.text(session.getLocale()))
                    .toList();
            Messages.error("resolution.version.refused", session.languageName(versionLanguage));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public String getSponsors() {
        return org.unodc.rt.application.LocalizedFormat.list(session.getLocale(), resolution.sponsors());
    }

    /** The instruments the resolution cites, by their names in the reader's language. */
    public String getInstruments() {
        return labels.instruments(resolution.instruments());
    }

    public String getTextLanguage() {
        return textLanguage;
    }

    public void setTextLanguage(String textLanguage) {
        this.textLanguage = textLanguage;
    }

    public String getWithLanguage() {
        return withLanguage;
    }

    public void setWithLanguage(String withLanguage) {
        this.withLanguage = withLanguage;
    }

    public UnLanguage getVersionLanguage() {
        return versionLanguage;
    }

    public void setVersionLanguage(UnLanguage versionLanguage) {
        this.versionLanguage = versionLanguage;
    }

    public String getVersionText() {
        return versionText;
    }

    public void setVersionText(String versionText) {
        this.versionText = versionText;
    }

    public List<String> getProblems() {
        return problems;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Lineage getLineage() {
        return lineage;
    }

    public List<Resolution> getNested() {
        return nested;
    }

    public List<ResolutionRevision> getHistory() {
        return history;
    }
}
