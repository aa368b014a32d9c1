package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unodc.rt.reports.data.ReportData;
import org.unodc.rt.reports.data.ReturnStatus;
import org.unodc.rt.reports.data.StateReturnData.Audience;

/** Every report in every format it is offered in renders, and the text read back is the data's. */
class EveryFormatTest {

    static Stream<Arguments> reportsAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        List<Object[]> reports = List.of(
                new Object[] {Samples.secretaryGeneralReport(), new String[] {"Saudi Arabia", Samples.EXTRACT_ZH_WORD}},
                new Object[] {Samples.sessionReport(), new String[] {"(resolution 2011/32)", Samples.EXTRACT_AR_WORD}},
                new Object[] {
                    Samples.stateReturn(ReturnStatus.RESUBMITTED, Audience.SECRETARIAT),
                    new String[] {"Implementation return of Egypt", Samples.EXTRACT_AR_WORD}
                },
                new Object[] {Samples.cycleMatrix(), new String[] {"United Kingdom of Great Britain", "2013/38 ¶ 6"}});
        for (Object[] report : reports) {
            ReportData data = (ReportData) report[0];
            for (ReportFormat format : ReportKind.of(data).formats()) {
                cases.add(Arguments.of(ReportKind.of(data), format, data, report[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("reportsAndFormats")
    void rendersAndReadsBack(ReportKind kind, ReportFormat format, ReportData data, String[] expected)
            throws IOException {
        byte[] bytes = Rendered.render(data, format, "every-" + kind.name().toLowerCase() + "");

        assertThat(text(format, bytes)).contains(expected);
    }

    private static String text(ReportFormat format, byte[] bytes) throws IOException {
        switch (format) {
            case PDF:
                return Rendered.pdfText(bytes);
            case DOCX:
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                    return Docx.text(document);
                }
            case ODT:
                return Odt.contentXml(bytes);
            case HTML:
                return new String(bytes, StandardCharsets.UTF_8);
            case XLSX:
                StringBuilder text = new StringBuilder();
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    for (Row row : workbook.getSheetAt(0)) {
                        for (Cell cell : row) {
                            text.append(cell.toString()).append('\t');
                        }
                        text.append('\n');
                    }
                }
                return text.toString();
            default:
                throw new AssertionError(format);
        }
    }
}
