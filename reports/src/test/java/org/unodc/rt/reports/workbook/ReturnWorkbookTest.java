package org.unodc.rt.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnWorkbookTest {

    private static final Instant DOWNLOADED = Instant.parse("2026-12-07T13:00:00Z");

    @TempDir
    Path directory;

    private static WorkbookData peru(String language) {
        return new WorkbookData(
                12,
                3,
                "Reports for the thirty-fifth session",
                "PER",
                "Perú",
                4,
                DOWNLOADED,
                language,
                List.of(
                        new WorkbookData.Row(
                                101,
                                "E/RES/2013/38",
                                1,
                                5,
                                "¿Qué ha hecho su Estado?",
                                "IN_PROGRESS",
                                "- Ley 30077 de 2013",
                                null,
                                "=HYPERLINK(\"http://evil\")",
                                "abc123"),
                        new WorkbookData.Row(102, null, 2, null, "¿Qué experiencia?", null, null, null, null, "0")));
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(directory, "w", ".xlsx"), bytes);
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void writesOneRowPerQuestionInTheReadersLanguageWithTheStatusAsADropDown() throws IOException {
        try (XSSFWorkbook workbook = open(ReturnWorkbook.write(peru("es")))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Informe");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Informe de aplicación de Perú");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("Informe 12, versión 4, descargado el 2026-12-07 13:00 (UTC)");
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("Estado");
            assertThat(sheet.getRow(6).getCell(0).getNumericCellValue()).isEqualTo(101);
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).isEqualTo("En curso");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Preguntas generales");
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("Pregunta 1 (párr. 5)");
            assertThat(sheet.getRow(7).getCell(2).getStringCellValue()).isEqualTo("Pregunta 2");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            // The formula guard: a text that starts like a formula is written as text.
            assertThat(sheet.getRow(6).getCell(5).getStringCellValue()).isEqualTo("'- Ley 30077 de 2013");
            assertThat(sheet.getRow(6).getCell(7).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");

            assertThat(sheet.isColumnHidden(0)).isTrue();
            assertThat(sheet.isColumnHidden(8)).isTrue();
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getRow(6).getCell(3).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(6).getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(7).getCell(4).getCellStyle().getLocked()).isFalse();
            assertThat(workbook.isStructureLocked()).isTrue();
            assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(sheet.isRightToLeft()).isFalse();

            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations
                            .get(0)
                            .getRegions()
                            .getCellRangeAddresses()[0]
                            .formatAsString())
                    .isEqualTo("E7:E8");
            assertThat(validations.get(0).getValidationConstraint().getFormula1())
                    .isEqualTo("rt_statuses");
            XSSFSheet meta = workbook.getSheet("rt");
            assertThat(List.of(0, 1, 2, 3, 4).stream()
                            .map(r -> meta.getRow(r).getCell(3).getStringCellValue())
                            .toList())
                    .containsExactly("Aplicado", "Aplicado parcialmente", "En curso", "No iniciado", "No se aplica");
        }
    }

    @Test
    void anArabicWorkbookIsRightToLeftAndWordedInArabic() throws IOException {
        try (XSSFWorkbook workbook = open(ReturnWorkbook.write(peru("ar")))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getSheetName()).isEqualTo("التقرير");
            assertThat(sheet.getRow(5).getCell(5).getStringCellValue()).isEqualTo("البيان");
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).isEqualTo("قيد التنفيذ");
        }
    }

    @Test
    void readsBackWhatWasWrittenWithTheGuardsApostropheTakenOff() throws Exception {
        FilledWorkbook filled = ReturnWorkbook.read(file(ReturnWorkbook.write(peru("es"))));

        assertThat(filled.returnId()).isEqualTo(12);
        assertThat(filled.cycleId()).isEqualTo(3);
        assertThat(filled.stateIso3()).isEqualTo("PER");
        assertThat(filled.returnVersion()).isEqualTo(4);
        assertThat(filled.downloadedAt()).isEqualTo(DOWNLOADED);
        assertThat(filled.rows())
                .containsExactly(
                        new FilledWorkbook.Row(
                                7,
                                101,
                                "IN_PROGRESS",
                                "- Ley 30077 de 2013",
                                null,
                                "=HYPERLINK(\"http://evil\")",
                                "abc123"),
                        new FilledWorkbook.Row(8, 102, null, null, null, null, "0"));
    }

    @Test
    void aStatusChosenInAnotherLanguageIsUnderstoodAndAnUnknownOneRefused() throws Exception {
        byte[] written = ReturnWorkbook.write(peru("es"));
        try (XSSFWorkbook workbook = open(written)) {
            workbook.getSheetAt(0).getRow(6).getCell(4).setCellValue("Partially implemented");
            workbook.getSheetAt(0).getRow(7).getCell(4).setCellValue(" منفذ ");
            FilledWorkbook filled = ReturnWorkbook.read(file(bytes(workbook)));
            assertThat(filled.rows())
                    .extracting(FilledWorkbook.Row::status)
                    .containsExactly("PARTIALLY_IMPLEMENTED", "IMPLEMENTED");

            workbook.getSheetAt(0).getRow(7).getCell(4).setCellValue("Casi");
            WorkbookRefused refused =
                    catchThrowableOfType(WorkbookRefused.class, () -> ReturnWorkbook.read(file(bytes(workbook))));
            assertThat(refused.problems()).containsExactly(WorkbookProblem.of("problem.unknownStatus", "E8", "Casi"));
            assertThat(ReturnWorkbook.text(refused.problems().get(0), Locale.forLanguageTag("es")))
                    .isEqualTo("Celda E8: «Casi» no es un estado de la lista.");
        }
    }

    @Test
    void aFormulaAnywhereIsRefusedNamingItsCell() throws Exception {
        try (XSSFWorkbook workbook = open(ReturnWorkbook.write(peru("en")))) {
            workbook.getSheetAt(0).getRow(7).getCell(5).setCellFormula("HYPERLINK(\"http://evil\",\"see\")");
            workbook.getSheetAt(0).getRow(6).getCell(6).setCellFormula("1+1");
            WorkbookRefused refused =
                    catchThrowableOfType(WorkbookRefused.class, () -> ReturnWorkbook.read(file(bytes(workbook))));
            assertThat(refused.problems())
                    .containsExactly(
                            WorkbookProblem.of("problem.formula", "Return", "G7"),
                            WorkbookProblem.of("problem.formula", "Return", "F8"));
            assertThat(ReturnWorkbook.text(refused.problems().get(0), Locale.ENGLISH))
                    .isEqualTo("Cell G7 of the sheet \"Return\" holds a formula. Type the text itself: formulas are"
                            + " not accepted.");
        }
    }

    @Test
    void aRowWithoutItsQuestionIdOrWithAnotherIdIsRefused() throws Exception {
        try (XSSFWorkbook workbook = open(ReturnWorkbook.write(peru("en")))) {
            workbook.getSheetAt(0).getRow(6).getCell(0).setCellValue("question one");
            workbook.getSheetAt(0).createRow(9).createCell(5).setCellValue("An extra answer");
            WorkbookRefused refused =
                    catchThrowableOfType(WorkbookRefused.class, () -> ReturnWorkbook.read(file(bytes(workbook))));
            assertThat(refused.problems())
                    .containsExactly(
                            WorkbookProblem.of("problem.badQuestionId", 7),
                            WorkbookProblem.of("problem.noQuestionId", 10));
        }
    }

    @Test
    void aWorkbookWithMacrosIsRefused() throws Exception {
        byte[] macros = withEntry(
                ReturnWorkbook.write(peru("en")),
                "xl/vbaProject.bin",
                new byte[] {1, 2, 3},
                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>");
        WorkbookRefused refused = catchThrowableOfType(WorkbookRefused.class, () -> ReturnWorkbook.read(file(macros)));
        assertThat(refused.problems()).containsExactly(WorkbookProblem.of("problem.macros"));
    }

    @Test
    void aFileThatIsNoWorkbookOrNotOursIsRefused() throws Exception {
        WorkbookRefused text = catchThrowableOfType(
                WorkbookRefused.class,
                () -> ReturnWorkbook.read(file("narrative;measures\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(text.problems()).containsExactly(WorkbookProblem.of("problem.notXlsx"));

        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Hello");
            WorkbookRefused refused =
                    catchThrowableOfType(WorkbookRefused.class, () -> ReturnWorkbook.read(file(bytes(other))));
            assertThat(refused.problems()).containsExactly(WorkbookProblem.of("problem.notOurs"));
        }
    }

    @Test
    void aFileThatUnpacksToFarMoreThanAWorkbookIsNotRead() throws Exception {
        byte[] bomb =
                withEntry(ReturnWorkbook.write(peru("en")), "xl/media/zeros.bin", new byte[110 * 1024 * 1024], "");
        WorkbookRefused refused = catchThrowableOfType(WorkbookRefused.class, () -> ReturnWorkbook.read(file(bomb)));
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refused.problems()).containsExactly(WorkbookProblem.of("problem.bomb"));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The workbook with one more ZIP entry, and a content type declared for it. */
    private static byte[] withEntry(byte[] xlsx, String name, byte[] content, String contentType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replace("<Default ", contentType + "<Default ")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(data);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
