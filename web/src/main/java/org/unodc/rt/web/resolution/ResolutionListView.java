package org.unodc.rt.web.resolution;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.application.resolution.ResolutionCatalogue;
import org.unodc.rt.domain.resolution.ResolutionFilter;
import org.unodc.rt.domain.resolution.ResolutionSummary;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.state.Instrument;

/** The resolution list, filtered by body, year, instrument and words in the text. */
@Named
@ViewScoped
public class ResolutionListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResolutionCatalogue catalogue;

    @Inject
    MemberStateService reference;

    private ResolutionBody body;
    private Integer year;
    private String instrument;
    private String text;
    private List<ResolutionSummary> resolutions;
    private List<Instrument> instruments;

    @PostConstruct
    void load() {
        instruments = reference.instruments();
        search();
    }

    public void search() {
        resolutions = catalogue.list(new ResolutionFilter(body, year, instrument, text));
    }

    public void reset() {
        body = null;
        year = null;
        instrument = null;
        text = null;
        search();
    }

    public List<ResolutionSummary> getResolutions() {
        return resolutions;
    }

    public List<Instrument> getInstruments() {
        return instruments;
    }

    public ResolutionBody[] getBodies() {
        return ResolutionBody.values();
    }

    public ResolutionBody getBody() {
        return body;
    }

    public void setBody(ResolutionBody body) {
        this.body = body;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
