package org.unodc.rt.reports.workbook;

import java.util.List;

/** A file that is not a return workbook the platform can read, with every reason found. */
public class WorkbookRefused extends Exception {

    private final List<WorkbookProblem> problems;

    public WorkbookRefused(List<WorkbookProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }
}
