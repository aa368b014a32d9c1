package org.unodc.rt.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.PrintBookmark;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.engine.export.oasis.JROdtExporter;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleHtmlReportConfiguration;
import net.sf.jasperreports.export.SimpleOdtReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.unodc.rt.reports.data.CycleMatrixData;
import org.unodc.rt.reports.data.ReportData;
import org.unodc.rt.reports.data.SecretaryGeneralReportData;
import org.unodc.rt.reports.data.SessionReportData;
import org.unodc.rt.reports.data.StateReturnData;
import org.unodc.rt.reports.layout.DocumentComposer;
import org.unodc.rt.reports.layout.IteratorDataSource;
import org.unodc.rt.reports.layout.MatrixCell;
import org.unodc.rt.reports.layout.Wording;
import org.unodc.rt.reports.word.WordDocument;

/**
 * Renders report data into a document: fills the report's template, then exports it in the
 * requested format straight to the caller's stream. Templates are compiled on first use and
 * kept; filled pages beyond a small number are swapped to disk, so a report of thousands of
 * pages fills in bounded memory. Thread-safe: one instance serves the whole application.
 */
public final class ReportRenderer {

    private static final String TEMPLATES = "/org/unodc/rt/reports/templates/";

    private final SimpleJasperReportsContext context;
    private final Path swapDirectory;
    private final int pagesInMemory;
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** Swaps to the system's temporary directory and keeps 50 pages per report in memory. */
    public ReportRenderer() {
        this(Path.of(System.getProperty("java.io.tmpdir")), 50);
    }

    /**
     * @param swapDirectory where filled pages are swapped while a report is rendered
     * @param pagesInMemory filled pages kept in memory per report before swapping
     */
    public ReportRenderer(Path swapDirectory, int pagesInMemory) {
        this.swapDirectory = Objects.requireNonNull(swapDirectory, "swapDirectory");
        if (pagesInMemory < 1) {
            throw new IllegalArgumentException("pagesInMemory must be positive: " + pagesInMemory);
        }
        this.pagesInMemory = pagesInMemory;
        this.context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        // Arabic needs no glyph renderer (net.sf.jasperreports.export.pdf.glyph.renderer.blocks):
        // OpenPDF joins the letters and orders the runs itself, and places the vowel marks better
        // than the glyph renderer does, and the text stays extractable.
        // A missing font must fail the report, never fall back silently to a font without the script.
        context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        // JasperReports' "class reference fix" (for a JVM bug long fixed) keeps each report's expression class in a
        // ThreadLocal of the thread that filled it and never removes it. On the server's pooled threads that pinned
        // the whole application after an undeployment: about 100 MB of heap per redeployment, until the server ran
        // out of memory.
        context.setProperty("net.sf.jasperreports.evaluator.class.reference.fix.enabled", "false");
    }

    /**
     * Renders one report. The stream is written to but not closed.
     *
     * @throws IllegalArgumentException if the report does not come in that format
     * @throws ReportRenderingException if JasperReports fails
     */
    public void render(ReportData data, ReportFormat format, OutputStream out) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        ReportKind kind = ReportKind.of(data);
        if (!kind.supports(format)) {
            throw new IllegalArgumentException(
                    kind + " is not available as " + format + "; it is as " + kind.formats());
        }
        if (format == ReportFormat.DOCX && writeWord(data, out)) {
            return;
        }
        JRSwapFileVirtualizer virtualizer = newVirtualizer();
        try {
            List<JasperPrint> prints = fill(data, format, virtualizer);
            virtualizer.setReadOnly(true);
            export(prints, format, out);
        } catch (JRException e) {
            throw new ReportRenderingException("could not render " + kind + " as " + format, e);
        } finally {
            virtualizer.cleanup();
        }
    }

    /**
     * The reports for the Commission as Word documents written from the same blocks as the PDF, in flowing
     * paragraphs with Word's styles ({@link WordDocument}); false for a report that has no such writer.
     */
    private static boolean writeWord(ReportData data, OutputStream out) {
        if (data instanceof SecretaryGeneralReportData sg) {
            WordDocument.write(
                    sg.header(),
                    sg.title(),
                    sg.summary(),
                    List.of(),
                    new DocumentComposer().secretaryGeneralReport(sg),
                    out);
            return true;
        } else if (data instanceof SessionReportData session) {
            WordDocument.write(
                    session.header(),
                    session.title(),
                    session.summary(),
                    DocumentComposer.sessionContents(session, Map.of()),
                    new DocumentComposer().sessionBody(session),
                    out);
            return true;
        }
        return false;
    }

    /** Compiles every template now rather than on the first request, e.g. at application start. */
    public void compileTemplates() {
        for (ReportKind kind : ReportKind.values()) {
            template(kind.template(), TemplateVariant.AS_DRAWN);
        }
    }

    private List<JasperPrint> fill(ReportData data, ReportFormat format, JRSwapFileVirtualizer virtualizer)
            throws JRException {
        boolean paginated = format.paginated();
        if (data instanceof SecretaryGeneralReportData sg) {
            Map<String, Object> params = documentParameters(virtualizer, paginated);
            params.put("HEADER", sg.header());
            params.put("TITLE", sg.title());
            params.put("SUBTITLE", sg.header().issuedBy().documentType());
            params.put("SUMMARY", sg.summary());
            params.put("RUNNING_HEAD", sg.header().symbol());
            return List.of(fill(
                    "document", params, new IteratorDataSource(new DocumentComposer().secretaryGeneralReport(sg))));
        } else if (data instanceof SessionReportData session) {
            return fillSession(session, paginated, virtualizer);
        } else if (data instanceof StateReturnData ret) {
            Wording wording = new Wording(ret.language());
            Map<String, Object> params = documentParameters(virtualizer, paginated);
            params.put("RUNNING_HEAD", wording.runningHead(ret.state(), ret.cycle()));
            params.put("WATERMARK", ret.isDraft() ? wording.text("watermark") : null);
            params.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag(wording.language()));
            return List.of(fill(
                    "document",
                    new TemplateVariant(wording.rightToLeft(), wording.needsAnyScript()),
                    params,
                    new IteratorDataSource(DocumentComposer.stateReturn(ret))));
        } else if (data instanceof CycleMatrixData typed) {
            // In a spreadsheet, a typed text must not become a formula; a web page shows it as typed.
            CycleMatrixData matrix = format == ReportFormat.XLSX ? typed.neutralised() : typed;
            Map<String, Object> params = new HashMap<>();
            params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            params.put("DATA", matrix);
            params.put("CELLS", new IteratorDataSource(MatrixCell.cells(matrix)));
            return List.of(fill("cycle-matrix", params, new JREmptyDataSource(0)));
        }
        throw new IllegalArgumentException("no report for " + data);
    }

    /**
     * The session report is two fills: the front matter (masthead, summary, contents) and the body.
     * On paper the contents need the body's page numbers and the body's page numbers follow the
     * front matter, so the front matter is filled once to count its pages, then again with the
     * numbers. A flowing document has no page numbers to give.
     */
    private List<JasperPrint> fillSession(
            SessionReportData session, boolean paginated, JRSwapFileVirtualizer virtualizer) throws JRException {
        int frontPages = paginated
                ? fillSessionFront(session, Map.of(), true, virtualizer)
                        .getPages()
                        .size()
                : 0;

        Map<String, Object> params = documentParameters(virtualizer, paginated);
        params.put("RUNNING_HEAD", session.header().symbol());
        params.put("PAGE_OFFSET", frontPages);
        JasperPrint body =
                fill("document", params, new IteratorDataSource(new DocumentComposer().sessionBody(session)));

        Map<String, Integer> pageOfBookmark = new HashMap<>();
        if (paginated) {
            collectPages(body.getBookmarks(), frontPages, pageOfBookmark);
        }
        JasperPrint front = fillSessionFront(session, pageOfBookmark, paginated, virtualizer);
        return List.of(front, body);
    }

    private JasperPrint fillSessionFront(
            SessionReportData session,
            Map<String, Integer> pageOfBookmark,
            boolean paginated,
            JRSwapFileVirtualizer virtualizer)
            throws JRException {
        Map<String, Object> params = documentParameters(virtualizer, paginated);
        params.put("HEADER", session.header());
        params.put("TITLE", session.title());
        params.put("SUBTITLE", session.header().issuedBy().documentType());
        params.put("SUMMARY", session.summary());
        params.put("RUNNING_HEAD", session.header().symbol());
        return fill(
                "document",
                params,
                new IteratorDataSource(DocumentComposer.sessionContents(session, pageOfBookmark)
                        .iterator()));
    }

    private static void collectPages(List<PrintBookmark> bookmarks, int offset, Map<String, Integer> pages) {
        if (bookmarks == null) {
            return;
        }
        for (PrintBookmark bookmark : bookmarks) {
            pages.putIfAbsent(bookmark.getLabel(), bookmark.getPageIndex() + 1 + offset);
            collectPages(bookmark.getBookmarks(), offset, pages);
        }
    }

    private static Map<String, Object> documentParameters(JRSwapFileVirtualizer virtualizer, boolean paginated) {
        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        params.put(JRParameter.IS_IGNORE_PAGINATION, !paginated);
        return params;
    }

    private JasperPrint fill(String template, Map<String, Object> params, JRDataSource source) throws JRException {
        return fill(template, TemplateVariant.AS_DRAWN, params, source);
    }

    private JasperPrint fill(String template, TemplateVariant variant, Map<String, Object> params, JRDataSource source)
            throws JRException {
        return JasperFillManager.getInstance(context).fill(template(template, variant), params, source);
    }

    /** The one export: the format picks the exporter and its configuration, nothing else differs. */
    private void export(List<JasperPrint> prints, ReportFormat format, OutputStream out) throws JRException {
        ExporterInput input = SimpleExporterInput.getInstance(prints);
        String title = prints.get(0).getName();
        Exporter<ExporterInput, ?, ?, ?> exporter;
        switch (format) {
            case PDF -> {
                JRPdfExporter pdf = new JRPdfExporter(context);
                SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
                configuration.setMetadataTitle(title);
                configuration.setCompressed(true);
                configuration.setCreatingBatchModeBookmarks(false);
                pdf.setConfiguration(configuration);
                pdf.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter = pdf;
            }
            case DOCX -> {
                JRDocxExporter docx = new JRDocxExporter(context);
                // Rows grow with their text and frames are not nested tables, so the document
                // can be edited like a written one before it goes to translation.
                SimpleDocxReportConfiguration report = new SimpleDocxReportConfiguration();
                report.setFlexibleRowHeight(true);
                report.setFramesAsNestedTables(false);
                report.setNewLineAsParagraph(true);
                docx.setConfiguration(report);
                SimpleDocxExporterConfiguration configuration = new SimpleDocxExporterConfiguration();
                configuration.setMetadataTitle(title);
                docx.setConfiguration(configuration);
                docx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter = docx;
            }
            case XLSX -> {
                JRXlsxExporter xlsx = new JRXlsxExporter(context);
                SimpleXlsxReportConfiguration report = new SimpleXlsxReportConfiguration();
                report.setOnePagePerSheet(false);
                report.setDetectCellType(true);
                report.setRemoveEmptySpaceBetweenRows(true);
                report.setWhitePageBackground(false);
                xlsx.setConfiguration(report);
                SimpleXlsxExporterConfiguration configuration = new SimpleXlsxExporterConfiguration();
                configuration.setMetadataTitle(title);
                xlsx.setConfiguration(configuration);
                xlsx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter = xlsx;
            }
            case ODT -> {
                JROdtExporter odt = new JROdtExporter(context);
                SimpleOdtReportConfiguration report = new SimpleOdtReportConfiguration();
                report.setFlexibleRowHeight(true);
                odt.setConfiguration(report);
                odt.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter = odt;
            }
            case HTML -> {
                HtmlExporter html = new HtmlExporter(context);
                SimpleHtmlReportConfiguration report = new SimpleHtmlReportConfiguration();
                report.setEmbedImage(true);
                html.setConfiguration(report);
                html.setExporterOutput(new SimpleHtmlExporterOutput(out, "UTF-8"));
                exporter = html;
            }
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
        exporter.setExporterInput(input);
        exporter.exportReport();
    }

    /**
     * Compiled on first use, then shared: compiling takes far longer than filling a small report. Each layout of a
     * template (mirrored for right-to-left readers, with the font set for other scripts) is compiled once.
     */
    private JasperReport template(String name, TemplateVariant variant) {
        return compiled.computeIfAbsent(name + variant.suffix(), key -> compile(name, variant));
    }

    private JasperReport compile(String name, TemplateVariant variant) {
        String resource = TEMPLATES + name + ".jrxml";
        try (InputStream in = ReportRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the classpath: " + resource);
            }
            JasperDesign design = JRXmlLoader.load(context, in);
            variant.apply(design);
            return JasperCompileManager.getInstance(context).compile(design);
        } catch (JRException e) {
            throw new ReportRenderingException("could not compile " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JRSwapFileVirtualizer newVirtualizer() {
        try {
            Files.createDirectories(swapDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the swap directory " + swapDirectory, e);
        }
        // 4 KiB blocks, growing 100 blocks at a time; the virtualizer owns and deletes the file.
        JRSwapFile swap = new JRSwapFile(context, swapDirectory.toString(), 4096, 100);
        return new JRSwapFileVirtualizer(pagesInMemory, swap, true);
    }
}
