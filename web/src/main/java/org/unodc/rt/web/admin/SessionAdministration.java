package org.unodc.rt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.unodc.rt.application.SessionService;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.web.common.Messages;

/**
 * The secretariat's list of Commission sessions: filter, sort, export; plan the next session or correct the year,
 * dates and place of one. The common mistakes are explained in the user's language before the service is asked.
 */
@Named
@ViewScoped
public class SessionAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionService service;

    private List<CommissionSession> sessions;
    private List<CommissionSession> filtered;

    /** The ordinal of the session being edited; null while a new one is being planned. */
    private Integer editing;

    private Integer ordinal;
    private Integer year;
    private LocalDate startDate;
    private LocalDate endDate;
    private String place;

    @PostConstruct
    void load() {
        sessions = service.list();
        filtered = null;
    }

    /** Proposes the session after the last one recorded, a year later, in Vienna. */
    public void startNew() {
        editing = null;
        CommissionSession last = sessions.isEmpty() ? null : sessions.get(0);
        ordinal = last == null ? 1 : last.ordinal() + 1;
        year = last == null ? CommissionSession.FIRST_YEAR : last.year() + 1;
        startDate = null;
        endDate = null;
        place = "Vienna";
    }

    public void edit(int sessionOrdinal) {
        CommissionSession s = service.getSession(sessionOrdinal);
        editing = s.ordinal();
        ordinal = s.ordinal();
        year = s.year();
        startDate = s.startDate();
        endDate = s.endDate();
        place = s.place();
    }

    public void save() {
        if (!datesMakeSense()) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (editing == null) {
            if (service.findSession(ordinal).isPresent()) {
                Messages.error("adminSessions.duplicate", ordinal);
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            service.plan(ordinal, year, startDate, endDate, place);
            Messages.info("adminSessions.created", ordinal, String.valueOf(year));
        } else {
            service.replan(editing, year, startDate, endDate, place);
            Messages.info("adminSessions.saved", editing, String.valueOf(year));
        }
        load();
    }

    private boolean datesMakeSense() {
        if ((startDate == null) != (endDate == null)) {
            Messages.error("adminSessions.bothDates");
            return false;
        }
        if (startDate != null && endDate.isBefore(startDate)) {
            Messages.error("adminSessions.endBeforeStart");
            return false;
        }
        if (startDate != null && (startDate.getYear() != year || endDate.getYear() != year)) {
            Messages.error("adminSessions.datesOutsideYear", String.valueOf(year));
            return false;
        }
        return true;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public int getFirstYear() {
        return CommissionSession.FIRST_YEAR;
    }

    public int getLastYear() {
        return CommissionSession.LAST_YEAR;
    }

    public List<CommissionSession> getSessions() {
        return sessions;
    }

    public List<CommissionSession> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<CommissionSession> filtered) {
        this.filtered = filtered;
    }

    public Integer getOrdinal() {
        return ordinal;
    }

    public void setOrdinal(Integer ordinal) {
        this.ordinal = ordinal;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
