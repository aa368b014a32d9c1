package org.unodc.rt.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A downloaded return workbook filled in as a person would in Excel: cells typed, found by their question id. */
final class Workbooks {

    static final int STATUS = 4;
    static final int NARRATIVE = 5;

    private Workbooks() {}

    /** The workbook with {@code edit} applied to its first sheet. */
    static byte[] edited(byte[] workbook, Consumer<Sheet> edit) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of a question (column A holds its id). */
    static Row row(Sheet sheet, long questionId) {
        for (Row row : sheet) {
            if (row.getCell(0) != null
                    && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    && (long) row.getCell(0).getNumericCellValue() == questionId) {
                return row;
            }
        }
        throw new AssertionError("No row for question " + questionId);
    }

    /** Types a status (its label) and a narrative into a question's row. */
    static Consumer<Sheet> answer(long questionId, String status, String narrative) {
        return sheet -> {
            Row row = row(sheet, questionId);
            row.getCell(STATUS).setCellValue(status);
            row.getCell(NARRATIVE).setCellValue(narrative);
        };
    }
}
