package org.unodc.rt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/**
 * The secretariat's list of the 193 Member States: filter, sort, export; correct a State's names in the six
 * languages or its regional group. States are never deleted: they are the frame every count is made in.
 */
@Named
@ViewScoped
public class StateAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberStateService service;

    @Inject
    UserSession session;

    private List<MemberState> states;
    private List<MemberState> filtered;
    private Map<String, Long> focalPoints;

    private String iso3;
    private RegionalGroup group;
    private boolean requiresClearance;
    private final Map<String, String> names = new HashMap<>();

    @PostConstruct
    void load() {
        states = service.list();
        focalPoints = service.focalPointCounts();
    }

    public void edit(String code) {
        MemberState state = service.getState(code);
        iso3 = state.iso3();
        group = state.regionalGroup();
        requiresClearance = state.requiresClearance();
        names.clear();
        state.names().forEach((language, name) -> names.put(language.code(), name));
    }

    public void save() {
        Map<UnLanguage, String> changed = new EnumMap<>(UnLanguage.class);
        names.forEach((code, name) -> UnLanguage.fromCode(code).ifPresent(l -> changed.put(l, name)));
        service.correct(iso3, group, changed);
        MemberState saved = service.requireClearance(iso3, requiresClearance);
        Messages.info("adminStates.saved", name(saved));
        load();
        filtered = null;
    }

    public boolean isRequiresClearance() {
        return requiresClearance;
    }

    public void setRequiresClearance(boolean requiresClearance) {
        this.requiresClearance = requiresClearance;
    }

    public String name(MemberState state) {
        return state.name(UnLanguage.fromCode(session.getLanguage()).orElse(UnLanguage.EN));
    }

    public long focalPointCount(MemberState state) {
        return focalPoints.getOrDefault(state.iso3(), 0L);
    }

    /** The name of the State being edited, for the dialog's heading. */
    public String getEditedName() {
        return iso3 == null ? "" : names.getOrDefault(session.getLanguage(), iso3);
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

    public List<UnLanguage> getLanguages() {
        return List.of(UnLanguage.values());
    }

    public String getIso3() {
        return iso3;
    }

    public RegionalGroup getGroup() {
        return group;
    }

    public void setGroup(RegionalGroup group) {
        this.group = group;
    }

    public Map<String, String> getNames() {
        return names;
    }
}
