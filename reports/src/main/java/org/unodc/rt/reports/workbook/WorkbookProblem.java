package org.unodc.rt.reports.workbook;

import java.io.Serializable;
import java.util.List;

/**
 * Why a filled workbook cannot be taken, as a key of the {@link ReturnWorkbook#BUNDLE workbook bundle} and its
 * {@link java.text.MessageFormat} arguments, so each channel tells it in its reader's language.
 */
public record WorkbookProblem(String key, List<Serializable> arguments) implements Serializable {

    public static WorkbookProblem of(String key, Serializable... arguments) {
        return new WorkbookProblem(key, List.of(arguments));
    }
}
