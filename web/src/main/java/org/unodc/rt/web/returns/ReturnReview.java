package org.unodc.rt.web.returns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.ReturnReviewing;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.returns.VersionComparison;
import org.unodc.rt.web.common.Messages;

/** Reviewing one return: comments on single answers, request clarification, accept; compare versions. */
@Named
@ViewScoped
public class ReturnReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReturnQueries returns;

    @Inject
    ReturnReviewing reviewing;

    private Long returnId;
    private ReturnView view;
    private final Map<Integer, String> drafts = new HashMap<>();
    private int from = 1;
    private int to = 1;
    private VersionComparison comparison;
    private List<AuditEvent> history;

    public void load() {
        if (view == null && returnId != null) {
            view = returns.getReturn(returnId);
            to = Math.max(1, view.versions().size());
            history = returns.history(returnId);
        }
    }

    public void comment(int questionPosition) {
        view = reviewing.comment(returnId, questionPosition, drafts.get(questionPosition));
        drafts.remove(questionPosition);
        history = returns.history(returnId);
        Messages.info("review.commented");
    }

    public void requestClarification() {
        view = reviewing.requestClarification(returnId);
        history = returns.history(returnId);
        Messages.info("review.sentBack");
    }

    public void accept() {
        view = reviewing.accept(returnId);
        history = returns.history(returnId);
        Messages.info("review.accepted");
    }

    public void compare() {
        comparison = returns.compare(returnId, from, to);
    }

    public Map<Integer, String> getDrafts() {
        return drafts;
    }

    public Long getReturnId() {
        return returnId;
    }

    public void setReturnId(Long returnId) {
        this.returnId = returnId;
    }

    public ReturnView getView() {
        return view;
    }

    public int getFrom() {
        return from;
    }

    public void setFrom(int from) {
        this.from = from;
    }

    public int getTo() {
        return to;
    }

    public void setTo(int to) {
        this.to = to;
    }

    /** Who did what to the return, refused attempts included. */
    public List<AuditEvent> getHistory() {
        return history;
    }

    public VersionComparison getComparison() {
        return comparison;
    }
}
