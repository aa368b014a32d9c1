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
