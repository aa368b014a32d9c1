package org.unodc.rt.web.returns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.ReturnSummary;
import org.unodc.rt.domain.state.RegionalGroup;

/** The secretariat's queue of returns, filtered by status (submitted by default) and regional group. */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReturnQueries returns;

    private ReturnStatus status = ReturnStatus.SUBMITTED;
    private RegionalGroup group;
    private List<ReturnSummary> lines;
    private List<ReturnSummary> filtered;

    public void load() {
        lines = returns.queue(null, status, group);
        filtered = null;
    }

    public List<ReturnSummary> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<ReturnSummary> filtered) {
        this.filtered = filtered;
    }

    public List<ReturnSummary> getLines() {
        if (lines == null) {
            load();
        }
        return lines;
    }

    public ReturnStatus[] getStatuses() {
        return ReturnStatus.values();
    }

    public RegionalGroup[] getGroups() {
        return RegionalGroup.values();
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public void setStatus(ReturnStatus status) {
        this.status = status;
    }

    public RegionalGroup getGroup() {
        return group;
    }

    public void setGroup(RegionalGroup group) {
        this.group = group;
    }
}
