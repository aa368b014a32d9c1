package org.unodc.rt.web.returns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.domain.returns.ReturnSummary;

/** The focal point's dashboard: the State's cycles and the status of its return in each. */
@Named
@ViewScoped
public class FocalDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReturnQueries returns;

    private List<ReturnSummary> cycles;
    private boolean clearanceRequired;

    @PostConstruct
    void load() {
        cycles = returns.myDashboard();
        clearanceRequired = returns.myStateRequiresClearance();
    }

    /** Whether the State wants a second focal point to clear each return before it goes to the secretariat. */
    public boolean isClearanceRequired() {
        return clearanceRequired;
    }

    public List<ReturnSummary> getCycles() {
        return cycles;
    }
}
