package org.unodc.rt.web.cycle;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.unodc.rt.application.cycle.CyclePlanning;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.application.cycle.CycleView;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.ReminderSchedule;
import org.unodc.rt.web.common.Messages;

/**
 * The secretariat's cycles, and the form that sets up a new one: the session, the resolutions (those whose reporting
 * mandates fall on the session are proposed), the opening date, the deadline and the reminders.
 */
@Named
@ViewScoped
public class CycleList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CycleService cycles;

    @Inject
    CyclePlanning planning;

    private List<CycleView> list;
    private List<CycleView.ResolutionRef> resolutions;
    private int sessionOrdinal = 36;
    private String title;
    private LocalDate opensOn;
    private LocalDate deadline;
    private String reminderDays = ReminderSchedule.DEFAULT.asText();
    private List<Long> selected = new ArrayList<>();

    public void load() {
        list = cycles.list();
        resolutions = planning.allResolutions();
    }

    /** Proposes the resolutions whose reporting mandates fall on the chosen session. */
    public void propose() {
        selected = new ArrayList<>(planning.proposedResolutions(sessionOrdinal).stream()
                .map(CycleView.ResolutionRef::id)
                .toList());
        if (selected.isEmpty()) {
            Messages.error("cycles.proposedNone", sessionOrdinal);
        } else {
            Messages.info("cycles.proposed", selected.size(), sessionOrdinal);
        }
    }

    public String create() {
        CycleView created = planning.create(
                sessionOrdinal,
                title,
                opensOn,
                deadline,
                ReminderSchedule.parse(reminderDays).daysBefore(),
                selected,
                List.of());
        Messages.info("cycles.created");
        return "/secretariat/cycle.xhtml?faces-redirect=true&id=" + created.id();
    }

    public List<CycleView> getList() {
        return list;
    }

    /** The statuses the list filters by, in the order a cycle goes through them. */
    public List<String> getStatuses() {
        return java.util.Arrays.stream(CycleStatus.values()).map(Enum::name).toList();
    }

    public List<CycleView.ResolutionRef> getResolutions() {
        return resolutions;
    }

    public int getSessionOrdinal() {
        return sessionOrdinal;
    }

    public void setSessionOrdinal(int sessionOrdinal) {
        this.sessionOrdinal = sessionOrdinal;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }

    public List<Long> getSelected() {
        return selected;
    }

    public void setSelected(List<Long> selected) {
        this.selected = selected;
    }
}
