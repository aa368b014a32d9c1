package org.unodc.rt.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unodc.rt.application.MemberStateService;

/** The figures on the home page. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    MemberStateService states;

    private int stateCount;
    private int instrumentCount;

    @PostConstruct
    void load() {
        stateCount = states.list().size();
        instrumentCount = states.instruments().size();
    }

    public int getStateCount() {
        return stateCount;
    }

    public int getInstrumentCount() {
        return instrumentCount;
    }
}
