package org.unodc.rt.web.common;

import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
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

    /** Puts the exporter in place when the Faces application starts (declared in faces-config.xml). */
    public static class Registration implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return true;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            DataExporters.register(DataTable.class, SpreadsheetSafeCsvExporter.class, "csv");
        }
    }
}
