package org.unodc.rt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/**
 * The instruments the platform follows and, for the chosen one, every State's standing towards it: filter, sort,
 * export; record what a State deposited and when.
 */
@Named
@ViewScoped
public class InstrumentAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One State's line in the table; a State that has deposited nothing has no action and no date. */
    public record PartyRow(String iso3, String name, String group, PartyAction action, LocalDate date)
            implements Serializable {
        public boolean party() {
            return action != null && action.makesParty();
        }
    }

    @Inject
    transient MemberStateService service;

    @Inject
    UserSession session;

    private List<Instrument> instruments;
    private String instrumentCode;
    private List<PartyRow> rows;
    private List<PartyRow> filtered;

    private String iso3;
    private PartyAction action = PartyAction.RATIFICATION;
    private LocalDate date;

    @PostConstruct
    void load() {
        instruments = service.instruments();
        if (instrumentCode == null && !instruments.isEmpty()) {
            instrumentCode = instruments.get(0).code();
        }
        loadRows();
    }

    /** Called when another instrument is chosen. */
    public void loadRows() {
        Map<String, PartyStatus> byState = new HashMap<>();
        service.partiesTo(instrumentCode).forEach(p -> byState.put(p.state().iso3(), p));
        rows = service.list().stream()
                .map(s -> {
                    PartyStatus p = byState.get(s.iso3());
                    return new PartyRow(
                            s.iso3(),
                            name(s),
                            s.regionalGroup().name(),
                            p == null ? null : p.action(),
                            p == null ? null : p.actionDate());
                })
                .toList();
        filtered = null;
    }

    public void edit(PartyRow row) {
        iso3 = row.iso3();
        action = row.action() == null ? PartyAction.RATIFICATION : row.action();
        date = row.date();
    }

    public void save() {
        service.recordPartyStatus(iso3, instrumentCode, action, date);
        Messages.info(
                "adminInstruments.saved",
                stateName(iso3),
                getInstrument().shortName(),
                Messages.text("partyAction." + action.name()));
        loadRows();
    }

    private String name(MemberState state) {
        return state.name(UnLanguage.fromCode(session.getLanguage()).orElse(UnLanguage.EN));
    }

    private String stateName(String code) {
        return rows.stream()
                .filter(r -> r.iso3().equals(code))
                .findFirst()
                .map(PartyRow::name)
                .orElse(code);
    }

    public String getEditedName() {
        return iso3 == null ? "" : stateName(iso3);
    }

    public Instrument getInstrument() {
        return instruments.stream()
                .filter(i -> i.code().equals(instrumentCode))
                .findFirst()
                .orElse(null);
    }

    /** How many States are party to the chosen instrument (signatures alone do not count). */
    public long getPartyCount() {
        return rows.stream().filter(PartyRow::party).count();
    }

    public List<Instrument> getInstruments() {
        return instruments;
    }

    public String getInstrumentCode() {
        return instrumentCode;
    }

    public void setInstrumentCode(String instrumentCode) {
        this.instrumentCode = instrumentCode;
    }

    public List<PartyRow> getRows() {
        return rows;
    }

    public List<PartyRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<PartyRow> filtered) {
        this.filtered = filtered;
    }

    public PartyAction[] getActions() {
        return PartyAction.values();
    }

    public String[] getGroups() {
        return java.util.Arrays.stream(org.unodc.rt.domain.state.RegionalGroup.values())
                .map(Enum::name)
                .toArray(String[]::new);
    }

    public String getIso3() {
        return iso3;
    }

    public PartyAction getAction() {
        return action;
    }

    public void setAction(PartyAction action) {
        this.action = action;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
