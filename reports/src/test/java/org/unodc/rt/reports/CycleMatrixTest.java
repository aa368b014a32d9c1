package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.unodc.rt.reports.data.CycleMatrixData;

class CycleMatrixTest {

    @Test
    void xlsxHasOneRowPerStateAndOneColumnPerQuestion() throws IOException {
        CycleMatrixData data = Samples.cycleMatrix();
        byte[] xlsx = Rendered.render(data, ReportFormat.XLSX, "cycle-matrix");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Cycle matrix");
            List<List<String>> rows = rows(sheet);
            assertThat(rows.get(0)).contains("Reporting cycle for the thirty-fifth session (2026)");

            List<String> header =
                    rows.stream().filter(r -> r.contains("State")).findFirst().orElseThrow();
            assertThat(header)
                    .containsSubsequence("State", "Regional group", "Return", "Submitted", "Accepted")
                    .containsSubsequence(
                            "2013/38 ¶ 1", "2013/38 ¶ 2", "2013/38 ¶ 3", "2013/38 ¶ 6", "2013/38 ¶ 7", "2011/32 ¶ 4");
            int first = header.indexOf("2013/38 ¶ 1");

            Map<String, List<String>> byState = new HashMap<>();
            for (List<String> row : rows) {
                if (!row.isEmpty() && Samples.STATES.containsKey(row.get(0))) {
                    byState.put(row.get(0), row);
                }
            }
            assertThat(byState).hasSize(Samples.STATES.size());
            List<String> egypt = byState.get("Egypt");
            assertThat(egypt.subList(0, 5))
                    .containsExactly("Egypt", "African States", "Accepted", "2026-01-15", "2026-02-06");
            for (int q = 0; q < data.questions().size(); q++) {
                assertThat(egypt.get(first + q))
                        .isEqualTo(Samples.status("Egypt", q).code());
            }
            List<String> kenya = byState.get("Kenya");
            assertThat(kenya.subList(0, 3)).containsExactly("Kenya", "African States", "Not started");
            assertThat(kenya.get(first)).isEqualTo("–");
        }
    }

    @Test
    void aTitleOrNameTypedAsAFormulaStaysTextInTheSpreadsheet() throws IOException {
        CycleMatrixData sample = Samples.cycleMatrix();
        CycleMatrixData.Row first = sample.rows().get(0);
        List<CycleMatrixData.Row> rows = new ArrayList<>(sample.rows());
        rows.set(
                0,
                new CycleMatrixData.Row(
                        "@SUM(1+1)",
                        first.group(),
                        first.returnStatus(),
                        first.submitted(),
                        first.accepted(),
                        first.statuses()));
        CycleMatrixData data = new CycleMatrixData(
                "=HYPERLINK(\"http://evil.example\",\"Click\")",
                sample.session(),
                sample.deadline(),
                sample.questions(),
                rows);
        byte[] xlsx = Rendered.render(data, ReportFormat.XLSX, "cycle-matrix-injection");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> texts = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(texts)
                    .contains("'=HYPERLINK(\"http://evil.example\",\"Click\")", "'@SUM(1+1)")
                    .noneMatch(org.unodc.rt.reports.SpreadsheetText::startsLikeAFormula);
        }
    }

    @Test
    void theMatrixIsNotOfferedAsAPdf() {
        assertThatThrownBy(() ->
                        Rendered.RENDERER.render(Samples.cycleMatrix(), ReportFormat.PDF, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CYCLE_MATRIX");
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                String value =
                        cell == null ? "" : formatter.formatCellValue(cell).strip();
                if (!value.isEmpty()) {
                    cells.add(value);
                }
            }
            rows.add(cells);
        }
        return rows;
    }
}
