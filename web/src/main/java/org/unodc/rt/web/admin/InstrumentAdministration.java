package org.unodc.rt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.application.PartyStatusImport;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.StatusImport;
import org.unodc.rt.domain.state.StatusSource;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.web.common.Fmt;
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
    public record PartyRow(
            String iso3,
            String name,
            String group,
            PartyAction action,
            LocalDate date,
            LocalDate signed,
            StatusSource source,
            LocalDate asOf)
            implements Serializable {
        public boolean party() {
            return action != null && action.makesParty();
        }
    }

    @Inject
    MemberStateService service;

    @Inject
    UserSession session;

    @Inject
    PartyStatusImport importer;

    @Inject
    Fmt fmt;

    private boolean dryRun = true;
    private PartyStatusImport.Result result;
    private StatusImport lastImport;

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
                            p == null ? null : p.actionDate(),
                            p == null ? null : p.signedOn(),
                            p == null ? null : p.source(),
                            p == null ? null : p.asOf());
                })
                .toList();
        filtered = null;
        lastImport = service.latestImport(instrumentCode).orElse(null);
    }

    /** "as of …, source: UN Treaty Collection", or that the status is demo data, in the interface language. */
    public String sourceNote(PartyRow row) {
        if (row.source() == null) {
            return "";
        }
        return Messages.text("statusSource." + row.source().name(), row.asOf() == null ? "" : fmt.date(row.asOf()));
    }

    /** p:fileUpload: imports (or tries) the chosen instrument's status table from the UN Treaty Collection. */
    public void importTable(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        String csv;
        try (InputStream content = file.getInputStream()) {
            csv = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
        result = importer.importTable(instrumentCode, csv, null, dryRun);
        Messages.info(
                dryRun ? "adminInstruments.tried" : "adminInstruments.imported",
                fmt.date(result.asOf()),
                result.parties(),
                result.signatories(),
                result.changes());
        loadRows();
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

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public PartyStatusImport.Result getResult() {
        return result;
    }

    public StatusImport getLastImport() {
        return lastImport;
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
