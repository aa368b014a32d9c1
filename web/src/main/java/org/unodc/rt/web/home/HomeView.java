package org.unodc.rt.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unodc.rt.application.MemberStateService;

/**
 * The home page: the figures of the platform, the published progress of the reporting cycles (counts per regional
 * group, never one State's return) and the latest additions to the library.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    MemberStateService states;

    @Inject
    org.unodc.rt.application.returns.ReturnQueries returns;

    @Inject
    org.unodc.rt.application.library.LibraryReading library;

    private java.util.List<org.unodc.rt.application.returns.ReturnQueries.PublicProgress> progress;
    private java.util.List<org.unodc.rt.domain.library.DocumentSummary> recent;

    private int stateCount;
    private int instrumentCount;

    @PostConstruct
    void load() {
        stateCount = states.list().size();
        instrumentCount = states.instruments().size();
        progress = returns.publicProgress(2);
        recent = library.recentlyPublished(5);
    }

    public java.util.List<org.unodc.rt.application.returns.ReturnQueries.PublicProgress> getProgress() {
        return progress;
    }

    public java.util.List<org.unodc.rt.domain.library.DocumentSummary> getRecent() {
        return recent;
    }

    public int getGroupCount() {
        return org.unodc.rt.domain.state.RegionalGroup.values().length;
    }

    public int getStateCount() {
        return stateCount;
    }

    public int getInstrumentCount() {
        return instrumentCount;
    }
}
