package org.unodc.rt.reports.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unodc.rt.reports.SpreadsheetText;
import org.unodc.rt.reports.data.Languages;

/**
 * A State's return as an Excel workbook to fill in offline, and the reading of one filled in.
 *
 * <p>The first sheet names the return and holds one row per question: its id in a hidden column, the resolution,
 * the question in the reader's language, then the status (a drop-down list of the statuses in that language), the
 * narrative, the measures and the legislation. The sheet is protected with no password: protection here keeps the
 * structure (rows, question columns) as the platform needs it to read the workbook back, it is not a secret. Only the
 * answer cells are unlocked. A very hidden sheet {@value #META_SHEET} records which return, cycle, State and version
 * the workbook was downloaded from, and the status labels the drop-down offers.
 *
 * <p>A filled workbook is read defensively: it must be an .xlsx without macros, unpack to a sensible size, and hold no
 * formula anywhere (a formula in a narrative is nothing a State means to report, and would be evaluated by whoever
 * opens an export later). Every text written goes through {@link SpreadsheetText}.
 */
public final class ReturnWorkbook {

    /** The words of the workbook and of its refusals, one file per UN language. */
    public static final String BUNDLE = "org.unodc.rt.reports.text.workbook";

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The statuses a question can be given, in the order the drop-down lists them. */
    public static final List<String> STATUSES =
            List.of("IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "IN_PROGRESS", "NOT_STARTED", "NOT_APPLICABLE");

    static final String META_SHEET = "rt";
    static final String FORMAT = "rt-return-workbook-1";
    private static final String STATUS_LIST = "rt_statuses";
    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    /** The row of the column headings (from 0); the questions follow it. */
    static final int HEADER_ROW = 5;

    static final int ID = 0;
    static final int SECTION = 1;
    static final int LABEL = 2;
    static final int QUESTION = 3;
    static final int STATUS = 4;
    static final int NARRATIVE = 5;
    static final int MEASURES = 6;
    static final int LEGISLATION = 7;
    static final int FINGERPRINT = 8;

    /** What a filled workbook may unpack to: a return of a few hundred long answers is a few megabytes of XML. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    static final int MAX_ENTRIES = 1000;

    private static final Map<String, String> STATUS_BY_LABEL = statusLabels();

    private ReturnWorkbook() {}

    /** The workbook of a return, worded in {@link WorkbookData#language()}. */
    public static byte[] write(WorkbookData data) {
        Words words = new Words(data.language());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(words.text("sheet.answers")));
            XSSFSheet meta = workbook.createSheet(META_SHEET);
            writeMeta(meta, data, words);
            XSSFName statuses = workbook.createName();
            statuses.setNameName(STATUS_LIST);
            statuses.setRefersToFormula("'" + META_SHEET + "'!$D$1:$D$" + STATUSES.size());

            sheet.setRightToLeft(words.rightToLeft());
            Styles styles = new Styles(workbook);
            text(sheet, 0, SECTION, words.text("sheet.title", data.stateName()), styles.title);
            text(sheet, 1, SECTION, words.text("sheet.cycle", data.cycleTitle()), styles.plain);
            text(
                    sheet,
                    2,
                    SECTION,
                    words.text(
                            "sheet.version",
                            data.returnId(),
                            data.returnVersion(),
                            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                    .withZone(ZoneOffset.UTC)
                                    .format(data.downloadedAt())),
                    styles.plain);
            text(sheet, 3, SECTION, words.text("sheet.instructions"), styles.plain);
            String[] headings = {
                "column.id",
                "column.section",
                "column.question",
                "column.text",
                "column.status",
                "column.narrative",
                "column.measures",
                "column.legislation",
                "column.fingerprint"
            };
            for (int c = 0; c < headings.length; c++) {
                text(sheet, HEADER_ROW, c, words.text(headings[c]), styles.heading);
            }
            int r = HEADER_ROW + 1;
            for (WorkbookData.Row row : data.rows()) {
                Row line = sheet.createRow(r++);
                Cell id = line.createCell(ID);
                id.setCellValue(row.questionId());
                id.setCellStyle(styles.locked);
                text(
                        line,
                        SECTION,
                        row.section() == null ? words.text("section.general") : row.section(),
                        styles.locked);
                text(
                        line,
                        LABEL,
                        row.paragraph() == null
                                ? words.text("label.question", row.position())
                                : words.text("label.paragraph", row.position(), row.paragraph()),
                        styles.locked);
                text(line, QUESTION, row.question(), styles.locked);
                text(line, STATUS, row.status() == null ? null : words.status(row.status()), styles.answer);
                text(line, NARRATIVE, row.narrative(), styles.answer);
                text(line, MEASURES, row.measures(), styles.answer);
                text(line, LEGISLATION, row.legislation(), styles.answer);
                text(line, FINGERPRINT, row.fingerprint(), styles.locked);
                line.setHeightInPoints(height(line));
            }
            if (!data.rows().isEmpty()) {
                XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
                DataValidation list = helper.createValidation(
                        helper.createFormulaListConstraint(STATUS_LIST),
                        new CellRangeAddressList(HEADER_ROW + 1, r - 1, STATUS, STATUS));
                list.setSuppressDropDownArrow(true); // in XSSF, true shows the arrow
                list.setShowErrorBox(true);
                list.setErrorStyle(DataValidation.ErrorStyle.STOP);
                list.createErrorBox(words.text("validation.title"), words.text("validation.text"));
                list.setEmptyCellAllowed(true);
                sheet.addValidationData(list);
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            // The instructions span the visible columns, on a row tall enough for them.
            sheet.addMergedRegion(new CellRangeAddress(3, 3, SECTION, LEGISLATION));
            sheet.getRow(3).setHeightInPoints(2 * LINE_POINTS + 4);
            sheet.getRow(3).getCell(SECTION).setCellStyle(styles.wrapped);
            sheet.getRow(HEADER_ROW).setHeightInPoints(2 * LINE_POINTS + 4);
            // Printed (or turned into PDF) in landscape, as wide as one page, the headings on every page.
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.setColumnHidden(ID, true);
            sheet.setColumnHidden(FINGERPRINT, true);
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.lockFormatCells(true);
            sheet.lockInsertRows(true);
            sheet.lockDeleteRows(true);
            sheet.lockSort(true);
            workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            workbook.lockStructure();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column widths in characters: id, section, question number, question, status, narrative, measures, legislation. */
    private static final int[] WIDTHS = {10, 16, 14, 55, 22, 55, 40, 40, 10};

    private static final float LINE_POINTS = 13.5f;

    /**
     * A row tall enough for its longest wrapped text: spreadsheets do not grow a row written by a program, and
     * LibreOffice prints it one line high. Characters of the wide scripts (Chinese) count twice.
     */
    private static float height(Row row) {
        int lines = 1;
        for (int c = SECTION; c <= LEGISLATION; c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() != CellType.STRING) {
                continue;
            }
            // A column N characters wide holds about 1.2 N characters of running text.
            int perLine = Math.max(1, WIDTHS[c] * 6 / 5 - 2);
            int cellLines = 0;
            for (String paragraph : cell.getStringCellValue().split("\\R", -1)) {
                int width = paragraph.codePoints().map(p -> p >= 0x2E80 ? 2 : 1).sum();
                cellLines += Math.max(1, (width + perLine - 1) / perLine);
            }
            lines = Math.max(lines, cellLines);
        }
        return Math.min(409f, lines * LINE_POINTS + 4);
    }

    private static void writeMeta(XSSFSheet meta, WorkbookData data, Words words) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("format", FORMAT);
        values.put("returnId", String.valueOf(data.returnId()));
        values.put("cycleId", String.valueOf(data.cycleId()));
        values.put("state", data.stateIso3());
        values.put("version", String.valueOf(data.returnVersion()));
        values.put("downloadedAt", data.downloadedAt().toString());
        values.put("language", words.language());
        int r = 0;
        for (Map.Entry<String, String> value : values.entrySet()) {
            Row row = meta.createRow(r++);
            row.createCell(0).setCellValue(value.getKey());
            row.createCell(1).setCellValue(value.getValue());
        }
        for (int i = 0; i < STATUSES.size(); i++) {
            Row row = meta.getRow(i) == null ? meta.createRow(i) : meta.getRow(i);
            row.createCell(3).setCellValue(SpreadsheetText.neutralise(words.status(STATUSES.get(i))));
        }
        meta.enableLocking();
    }

    private static void text(Sheet sheet, int row, int column, String value, XSSFCellStyle style) {
        Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        text(line, column, value, style);
    }

    private static void text(Row row, int column, String value, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(SpreadsheetText.neutralise(value));
        }
    }

    /**
     * What a filled workbook says, or every reason it cannot be taken: not an .xlsx, macros, a formula anywhere, a
     * status not of the list, a row without its question id. Whether it belongs to the return it is uploaded to, and
     * whether its questions are that return's, is for the caller to judge.
     */
    public static FilledWorkbook read(Path file) throws WorkbookRefused {
        List<WorkbookProblem> problems = new ArrayList<>();
        checkPackage(file, problems);
        if (!problems.isEmpty()) {
            throw new WorkbookRefused(problems);
        }
        OPCPackage pack = null;
        try (InputStream in = Files.newInputStream(file)) {
            pack = OPCPackage.open(in);
            for (PackagePart part : pack.getParts()) {
                String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
                if (name.contains("vbaproject")
                        || part.getContentType().toLowerCase(Locale.ROOT).contains("macroenabled")) {
                    throw new WorkbookRefused(List.of(WorkbookProblem.of("problem.macros")));
                }
            }
            XSSFWorkbook workbook = new XSSFWorkbook(pack);
            return read(workbook, problems);
        } catch (WorkbookRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            // POI says "not OOXML", "corrupt", "no workbook part" … in many ways: to the uploader they are one.
            throw new WorkbookRefused(List.of(WorkbookProblem.of("problem.notXlsx")));
        } finally {
            if (pack != null) {
                pack.revert();
            }
        }
    }

    /** A ZIP of sensible size: read entry by entry, so a bomb costs no more than the limit. */
    private static void checkPackage(Path file, List<WorkbookProblem> problems) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                problems.add(WorkbookProblem.of("problem.bomb"));
                return;
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    int read;
                    while ((read = in.read(buffer)) != -1) {
                        total += read;
                        if (total > MAX_UNPACKED_BYTES) {
                            problems.add(WorkbookProblem.of("problem.bomb"));
                            return;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(WorkbookProblem.of("problem.notXlsx"));
        }
    }

    private static FilledWorkbook read(XSSFWorkbook workbook, List<WorkbookProblem> problems) throws WorkbookRefused {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        problems.add(WorkbookProblem.of(
                                "problem.formula",
                                sheet.getSheetName(),
                                new CellReference(cell).formatAsString(false)));
                    }
                }
            }
        }
        Sheet meta = workbook.getSheet(META_SHEET);
        Map<String, String> values = new HashMap<>();
        if (meta != null) {
            for (Row row : meta) {
                Cell key = row.getCell(0);
                Cell value = row.getCell(1);
                if (key != null && value != null) {
                    values.put(formatter.formatCellValue(key), formatter.formatCellValue(value));
                }
            }
        }
        if (!FORMAT.equals(values.get("format")) || workbook.getNumberOfSheets() < 2) {
            problems.add(WorkbookProblem.of("problem.notOurs"));
            throw new WorkbookRefused(problems);
        }
        long returnId;
        long cycleId;
        int version;
        Instant downloadedAt;
        try {
            returnId = Long.parseLong(values.get("returnId"));
            cycleId = Long.parseLong(values.get("cycleId"));
            version = Integer.parseInt(values.get("version"));
            downloadedAt = Instant.parse(values.get("downloadedAt"));
        } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
            problems.add(WorkbookProblem.of("problem.notOurs"));
            throw new WorkbookRefused(problems);
        }
        Sheet answers = workbook.getSheetAt(0);
        List<FilledWorkbook.Row> rows = new ArrayList<>();
        for (int r = HEADER_ROW + 1; r <= answers.getLastRowNum(); r++) {
            Row row = answers.getRow(r);
            if (row == null) {
                continue;
            }
            int number = r + 1;
            String id = cellText(row.getCell(ID), formatter);
            String status = cellText(row.getCell(STATUS), formatter);
            String narrative = cellText(row.getCell(NARRATIVE), formatter);
            String measures = cellText(row.getCell(MEASURES), formatter);
            String legislation = cellText(row.getCell(LEGISLATION), formatter);
            if (id == null) {
                if (status != null || narrative != null || measures != null || legislation != null) {
                    problems.add(WorkbookProblem.of("problem.noQuestionId", number));
                }
                continue;
            }
            long questionId;
            try {
                questionId = Long.parseLong(id.strip());
            } catch (NumberFormatException e) {
                problems.add(WorkbookProblem.of("problem.badQuestionId", number));
                continue;
            }
            String statusName = null;
            if (status != null) {
                statusName = STATUS_BY_LABEL.get(normalised(status));
                if (statusName == null) {
                    problems.add(WorkbookProblem.of(
                            "problem.unknownStatus",
                            new CellReference(r, STATUS).formatAsString(false),
                            status.strip()));
                }
            }
            rows.add(new FilledWorkbook.Row(
                    number,
                    questionId,
                    statusName,
                    narrative,
                    measures,
                    legislation,
                    cellText(row.getCell(FINGERPRINT), formatter)));
        }
        if (!problems.isEmpty()) {
            throw new WorkbookRefused(problems);
        }
        return new FilledWorkbook(returnId, cycleId, values.get("state"), version, downloadedAt, rows);
    }

    /** A cell as text, the formula guard's apostrophe taken off; null for an empty one. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null || cell.getCellType() == CellType.BLANK || cell.getCellType() == CellType.FORMULA) {
            return null;
        }
        String text =
                cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
        if (text == null || text.isBlank()) {
            return null;
        }
        return SpreadsheetText.restore(text);
    }

    private static String normalised(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    /** A status's label in any of the six languages, or its name, to the name: the uploader may read another one. */
    private static Map<String, String> statusLabels() {
        Map<String, String> byLabel = new HashMap<>();
        for (String language : LANGUAGES) {
            Words words = new Words(language);
            for (String status : STATUSES) {
                byLabel.put(normalised(words.status(status)), status);
            }
        }
        STATUSES.forEach(s -> byLabel.put(normalised(s), s));
        return byLabel;
    }

    /** The text of a refusal in a language (a UN language code; English for any other). */
    public static String text(WorkbookProblem problem, Locale locale) {
        return new Words(locale.getLanguage())
                .text(problem.key(), problem.arguments().toArray());
    }

    /** The workbook's bundle in one language, with the statuses' labels the return documents use. */
    private static final class Words {

        private final ResourceBundle texts;
        private final ResourceBundle statuses;
        private final Locale locale;

        Words(String language) {
            Locale requested = Locale.forLanguageTag(language == null ? "en" : language);
            ResourceBundle.Control control =
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            this.texts = ResourceBundle.getBundle(BUNDLE, requested, ReturnWorkbook.class.getClassLoader(), control);
            this.statuses = ResourceBundle.getBundle(
                    "org.unodc.rt.reports.text.state-return",
                    requested,
                    ReturnWorkbook.class.getClassLoader(),
                    control);
            String found = texts.getLocale().getLanguage();
            this.locale = Languages.forFormatting(found.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(found));
        }

        String language() {
            return locale.getLanguage();
        }

        boolean rightToLeft() {
            return language().equals("ar");
        }

        String text(String key, Object... arguments) {
            return new MessageFormat(texts.getString(key), locale).format(arguments);
        }

        String status(String name) {
            return statuses.getString("status." + name);
        }
    }

    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle plain;
        final XSSFCellStyle wrapped;
        final XSSFCellStyle heading;
        final XSSFCellStyle locked;
        final XSSFCellStyle answer;

        Styles(XSSFWorkbook workbook) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            plain = workbook.createCellStyle();
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            heading.setBorderBottom(BorderStyle.THIN);
            heading.setVerticalAlignment(VerticalAlignment.TOP);
            locked = workbook.createCellStyle();
            locked.setWrapText(true);
            locked.setVerticalAlignment(VerticalAlignment.TOP);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked.setLocked(true);
            answer = workbook.createCellStyle();
            answer.setWrapText(true);
            answer.setVerticalAlignment(VerticalAlignment.TOP);
            answer.setLocked(false);
            answer.setBorderBottom(BorderStyle.THIN);
            answer.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        }
    }
}
