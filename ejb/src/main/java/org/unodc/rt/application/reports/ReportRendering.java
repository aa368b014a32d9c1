package org.unodc.rt.application.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.infrastructure.DataDirectory;
import org.unodc.rt.reports.ReportFormat;
import org.unodc.rt.reports.ReportRenderer;

/** The one renderer of the application, shared by the Commission's reports and the returns as documents. */
final class ReportRendering {

    /** Its templates are compiled once; large reports swap pages to disk. */
    static final ReportRenderer RENDERER = new ReportRenderer(directory("reports", "swap"), 200);

    private ReportRendering() {}

    /** A format the caller named (pdf, DOCX …). */
    static ReportFormat format(String format) {
        try {
            return ReportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Explanation.of("report.formatUnknown", String.valueOf(format)));
        }
    }

    /** Where generated reports are kept. */
    static Path reportsDirectory() {
        return created(DataDirectory.reports());
    }

    private static Path directory(String first, String... more) {
        return created(DataDirectory.root().resolve(Path.of(first, more)));
    }

    private static Path created(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
