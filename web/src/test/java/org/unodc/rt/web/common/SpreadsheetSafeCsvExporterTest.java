package org.unodc.rt.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primefaces.component.export.ExportConfiguration;

class SpreadsheetSafeCsvExporterTest {

    /** As PrimeFaces configures it for an export with the default options. */
    private final SpreadsheetSafeCsvExporter exporter = new SpreadsheetSafeCsvExporter() {
        {
            exportConfiguration = ExportConfiguration.builder().build();
        }
    };

    @Test
    void aCellTypedAsAFormulaIsExportedAsText() {
        assertThat(exporter.escapeQuotes("=HYPERLINK(\"http://evil.example\",\"Click\")"))
                .isEqualTo("'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")");
        assertThat(exporter.escapeQuotes("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(exporter.escapeQuotes("-1+2")).isEqualTo("'-1+2");
    }

    @Test
    void otherCellsAreOnlyQuoted() {
        assertThat(exporter.escapeQuotes("Report of the \"Secretary-General\""))
                .isEqualTo("Report of the \"\"Secretary-General\"\"");
    }
}
