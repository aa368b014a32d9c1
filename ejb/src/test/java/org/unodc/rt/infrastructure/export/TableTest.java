package org.unodc.rt.infrastructure.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableTest {

    static final Table TABLE = new Table(
            "Completeness",
            List.of("regional_group", "expected", "reporting_rate"),
            List.of(List.of("AFRICAN", 54, 1.9), List.of("Côte d'Ivoire, \"quoted\"", 1, 100.0)));

    @Test
    void csvQuotesOnlyWhatNeedsQuoting() {
        assertThat(TABLE.csv())
                .isEqualTo("regional_group,expected,reporting_rate\r\n"
                        + "AFRICAN,54,1.9\r\n"
                        + "\"Côte d'Ivoire, \"\"quoted\"\"\",1,100.0\r\n");
    }

    static final Table TYPED = new Table(
            "Titles",
            List.of("title", "figure"),
            List.of(
                    List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", -3),
                    List.of("+1", 1),
                    List.of("-1", 1),
                    List.of("@SUM(A1)", 1),
                    List.of("\tTab", 1),
                    List.of("\rReturn", 1)));

    @Test
    void csvWritesNoCellThatASpreadsheetWouldEvaluate() {
        assertThat(TYPED.csv())
                .isEqualTo("title,figure\r\n"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",-3\r\n"
                        + "'+1,1\r\n"
                        + "'-1,1\r\n"
                        + "'@SUM(A1),1\r\n"
                        + "'\tTab,1\r\n"
                        + "\"'\rReturn\",1\r\n");
    }

    @Test
    void xlsxWritesNoCellThatASpreadsheetWouldEvaluate() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TYPED.xlsx()))) {
            Sheet sheet = workbook.getSheet("Titles");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-3.0);
            for (int r = 1; r <= 6; r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).startsWith("'");
            }
        }
    }

    @Test
    void xlsxHasTheHeaderAndNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TABLE.xlsx()))) {
            Sheet sheet = workbook.getSheet("Completeness");

            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("reporting_rate");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(54.0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Côte d'Ivoire, \"quoted\"");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }
}
