package org.unodc.rt.web.returns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.application.returns.ContributorService;
import org.unodc.rt.application.returns.ReturnDrafting;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.web.common.Messages;

/**
 * A focal point's page for one return: which contributor answers which question, and who changed what (the return's
 * trail).
 */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributorService contributors;

    @Inject
    ReturnDrafting drafting;

    @Inject
    ReturnQueries queries;

    private Long cycleId;
    private ReturnView view;
    private List<ContributorService.Colleague> people;
    private final Map<Long, String> chosen = new LinkedHashMap<>();
    private List<Change> history;

    /** One line of the return's trail, as the page shows it (kept with the view, so serializable). */
    public record Change(java.time.Instant occurredAt, String actor, String action, String outcome, String detail)
            implements Serializable {}

    /** f:viewAction. */
    public void load() {
        if (view == null && cycleId != null) {
            drafting.findMyReturn(cycleId).ifPresent(this::show);
            people = contributors.myContributors();
        }
    }

    /** Saves every question's contributor (a blank one: focal points only) and shows the return as it now stands. */
    public void save() {
        contributors.assign(view.id(), new LinkedHashMap<>(chosen));
        show(drafting.myReturn(cycleId));
        Messages.info("assignment.saved");
    }

    private void show(ReturnView loaded) {
        view = loaded;
        chosen.clear();
        loaded.sections().forEach(s -> s.answers().forEach(a -> chosen.put(a.questionId(), a.assignedTo())));
        List<Change> trail = new ArrayList<>();
        for (AuditEvent e : queries.history(loaded.id())) {
            trail.add(new Change(
                    e.occurredAt(), e.actor(), e.action(), e.outcome().name(), e.detail()));
        }
        // The latest first: what the focal point looks for is what just happened.
        java.util.Collections.reverse(trail);
        history = trail;
    }

    public List<ReturnView.AnswerView> getQuestions() {
        return view == null
                ? List.of()
                : view.sections().stream().flatMap(s -> s.answers().stream()).toList();
    }

    public Map<Long, String> getChosen() {
        return chosen;
    }

    public List<ContributorService.Colleague> getPeople() {
        return people;
    }

    public List<Change> getHistory() {
        return history;
    }

    public ReturnView getView() {
        return view;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }
}
