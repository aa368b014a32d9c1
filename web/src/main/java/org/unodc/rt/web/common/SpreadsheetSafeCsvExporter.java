package org.unodc.rt.web.common;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.DataExporters;
import org.unodc.rt.reports.SpreadsheetText;

/**
 * PrimeFaces' CSV export of every table of the interface, with each cell neutralised against formula injection
 * ({@link SpreadsheetText}): a title a focal point typed as {@code =HYPERLINK(…)} comes out as text. Registered once for
 * the whole application in place of PrimeFaces' own CSV exporter, so no page can forget it.
 */
public class SpreadsheetSafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(SpreadsheetText.neutralise(value));
    }

    /**
     * Puts the exporter in place before the first request's view is restored (declared in faces-config.xml). Not at
     * application start: PrimeFaces' application context cannot be created from Faces' start-up listener.
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;
        private static final String REGISTERED = SpreadsheetSafeCsvExporter.class.getName();

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            Map<String, Object> application =
                    event.getFacesContext().getExternalContext().getApplicationMap();
            if (application.putIfAbsent(REGISTERED, Boolean.TRUE) == null) {
                DataExporters.register(DataTable.class, SpreadsheetSafeCsvExporter.class, "csv");
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // registered before the phase
        }
    }
}
