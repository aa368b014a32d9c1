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

    @PostConstruct
    void load() {
        cycles = returns.myDashboard();
    }

    public List<ReturnSummary> getCycles() {
        return cycles;
    }
}
