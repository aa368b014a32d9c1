package org.unodc.rt.web.resolution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.resolution.Lineage;
import org.unodc.rt.application.resolution.ResolutionCatalogue;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionRevision;

/** One resolution: its paragraphs, footnotes, addressees, mandates, lineage and history. */
@Named
@ViewScoped
public class ResolutionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResolutionCatalogue catalogue;

    private Long id;
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
    }

    public String getSponsors() {
        return String.join(", ", resolution.sponsors());
    }

    public String getInstruments() {
        return String.join(", ", resolution.instruments().stream().sorted().toList());
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
