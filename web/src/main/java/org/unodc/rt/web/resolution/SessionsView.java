package org.unodc.rt.web.resolution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.LocalizedFormat;
import org.unodc.rt.application.SessionService;
import org.unodc.rt.application.resolution.ResolutionCatalogue;
import org.unodc.rt.domain.resolution.ReportingMandate;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.web.common.Messages;

/** Commission sessions and the reports due at each. */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResolutionCatalogue catalogue;

    @Inject
    SessionService sessionService;

    private Integer ordinal;
    private CommissionSession session;
    private List<ReportingMandate> mandates;
    private List<CommissionSession> sessions;
    private List<ResolutionCatalogue.SessionCycle> cycles = List.of();

    @Inject
    org.unodc.rt.web.common.UserSession userSession;

    public void load() {
        sessions = sessionService.list();
        if (ordinal != null) {
            session = sessionService.getSession(ordinal);
            mandates = catalogue.mandatesFor(ordinal);
            cycles = catalogue.cyclesFor(ordinal, userSession.getLanguage());
        }
    }

    public Integer getOrdinal() {
        return ordinal;
    }

    public void setOrdinal(Integer ordinal) {
        this.ordinal = ordinal;
    }

    public CommissionSession getSession() {
        return session;
    }

    public List<ReportingMandate> getMandates() {
        return mandates;
    }

    public List<CommissionSession> getSessions() {
        return sessions;
    }

    /** The reporting cycles that collect returns for the session, whatever the resolutions' mandates say. */
    public List<ResolutionCatalogue.SessionCycle> getCycles() {
        return cycles;
    }

    /** Where a resolution a cycle covers asks for its reports: at this session, at others, or at none. */
    public String reportSessions(ResolutionCatalogue.CoveredResolution resolution) {
        if (resolution.reportSessions().contains(ordinal)) {
            return Messages.text("session.asksHere");
        }
        if (resolution.reportSessions().isEmpty()) {
            return Messages.text("session.asksNone");
        }
        return Messages.text(
                "session.asksAt",
                LocalizedFormat.list(
                        userSession.getLocale(),
                        resolution.reportSessions().stream()
                                .map(n -> java.text.NumberFormat.getIntegerInstance(
                                                org.unodc.rt.reports.data.Languages.forFormatting(
                                                        userSession.getLocale()))
                                        .format(n))
                                .toList()));
    }

    public boolean hasCycle(ReportingMandate mandate) {
        return catalogue.hasCycle(mandate.sessionOrdinal(), mandate.resolution().id());
    }

    /** How many mandates fall on a session, for the session list. */
    public int mandateCount(CommissionSession s) {
        return catalogue.mandatesFor(s.ordinal()).size();
    }
}
