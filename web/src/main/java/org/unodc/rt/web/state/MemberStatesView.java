package org.unodc.rt.web.state;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.web.common.UserSession;

/** The list of Member States: filter, sort, export. */
@Named
@ViewScoped
public class MemberStatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberStateService service;

    @Inject
    UserSession session;

    private List<MemberState> states;
    private List<MemberState> filtered;

    @PostConstruct
    void load() {
        states = service.list();
    }

    public List<MemberState> getStates() {
        return states;
    }

    public List<MemberState> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<MemberState> filtered) {
        this.filtered = filtered;
    }

    public RegionalGroup[] getGroups() {
        return RegionalGroup.values();
    }

    public String name(MemberState state) {
        return state.name(UnLanguage.fromCode(session.getLanguage()).orElse(UnLanguage.EN));
    }
}
