package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.unodc.rt.reports.data.Extract;
import org.unodc.rt.reports.data.ImplementationStatus;
import org.unodc.rt.reports.data.MandateQuote;
import org.unodc.rt.reports.data.MatrixRow;
import org.unodc.rt.reports.data.ParagraphFindings;
import org.unodc.rt.reports.data.RegionalGroup;
import org.unodc.rt.reports.data.RegionalReplies;
import org.unodc.rt.reports.data.ResolutionFindings;
import org.unodc.rt.reports.data.SessionReportData;

/**
 * Renders the consolidated session report at full size, 193 States × 10 resolutions × 12
 * paragraphs with every accepted answer quoted, and prints time and peak heap. Run with
 * {@code mvn -pl reports -Pbenchmark verify}; the profile gives the JVM a 512 MB heap, so the run
 * also shows that the report fits in bounded memory. Not a unit test: it asserts no timing.
 */
class SessionReportBenchmark {

    private static final int STATES = 193;
    private static final int RESOLUTIONS = 10;
    private static final int PARAGRAPHS = 12;

    private static final String[][] ANSWERS = {
        {"en", Samples.EXTRACT_EN},
        {"fr", Samples.EXTRACT_FR},
        {"es", Samples.EXTRACT_ES},
        {"ru", Samples.EXTRACT_RU},
        {"zh", Samples.EXTRACT_ZH},
        {"ar", Samples.EXTRACT_AR},
    };

    @Test
    void renderFullSession() throws IOException {
        SessionReportData data = session();
        ReportRenderer renderer = new ReportRenderer(Path.of("target", "swap"), 50);
        renderer.compileTemplates();
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);

        for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.DOCX)) {
            System.gc();
            resetPeaks();
            long gcBefore = gcCount();
            Path file = dir.resolve("session-193x10x12." + format.extension());
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                renderer.render(data, format, out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // Rendering runs on this one thread: its CPU time is the cost when other builds share the cores.
            double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long size = Files.size(file);
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK session report %s: %d States x %d resolutions x %d paragraphs: %.1f s wall,"
                            + " %.1f s CPU of the rendering thread, peak heap %d MB (max heap %d MB), %d GCs,"
                            + " %.1f MB written, system load %.1f%n",
                    format,
                    STATES,
                    RESOLUTIONS,
                    PARAGRAPHS,
                    seconds,
                    cpuSeconds,
                    peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20,
                    gcCount() - gcBefore,
                    size / 1e6,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertThat(size).isPositive();
        }
        List<String> pages;
        try {
            pages = Rendered.pdfPages(Files.readAllBytes(dir.resolve("session-193x10x12.pdf")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "BENCHMARK PDF pages: %d%n", pages.size());
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(dir.resolve("session-193x10x12.docx")))) {
            int outside = docx.getParagraphs().size();
            int inside = docx.getTables().stream()
                    .flatMap(t -> t.getRows().stream())
                    .flatMap(r -> r.getTableCells().stream())
                    .mapToInt(c -> c.getParagraphs().size())
                    .sum();
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK DOCX paragraphs: %d outside tables, %d in table cells (%.1f %% outside)%n",
                    outside,
                    inside,
                    100.0 * outside / (outside + inside));
        }
    }

    static SessionReportData session() {
        List<String> states = new ArrayList<>();
        Map<String, RegionalGroup> groups = new java.util.HashMap<>();
        RegionalGroup[] all = RegionalGroup.values();
        for (int s = 0; s < STATES; s++) {
            String name = "Member State " + (s + 1);
            states.add(name);
            groups.put(name, all[s % all.length]);
        }
        List<ResolutionFindings> resolutions = new ArrayList<>();
        for (int r = 0; r < RESOLUTIONS; r++) {
            String symbol = "E/RES/20" + (10 + r) + "/" + (30 + r);
            List<ParagraphFindings> paragraphs = new ArrayList<>();
            List<MatrixRow> matrix = new ArrayList<>();
            List<List<ImplementationStatus>> statuses = new ArrayList<>();
            for (int s = 0; s < STATES; s++) {
                statuses.add(new ArrayList<>());
            }
            for (int p = 0; p < PARAGRAPHS; p++) {
                Map<ImplementationStatus, Integer> counts = new EnumMap<>(ImplementationStatus.class);
                List<Extract> extracts = new ArrayList<>();
                for (int s = 0; s < STATES; s++) {
                    ImplementationStatus status = ImplementationStatus.values()[(s * 7 + p * 3 + r) % 6];
                    statuses.get(s).add(status);
                    if (status.isReply()) {
                        counts.merge(status, 1, Integer::sum);
                        String[] answer = ANSWERS[(s + p + r) % ANSWERS.length];
                        extracts.add(new Extract(states.get(s), answer[1], answer[0]));
                    }
                }
                paragraphs.add(new ParagraphFindings(p + 1, Samples.PARAGRAPH_TEXTS[p % 5], counts, extracts));
            }
            Map<RegionalGroup, int[]> byGroup = new EnumMap<>(RegionalGroup.class);
            List<String> replied = new ArrayList<>();
            for (int s = 0; s < STATES; s++) {
                String state = states.get(s);
                matrix.add(new MatrixRow(state, groups.get(state), statuses.get(s)));
                int[] c = byGroup.computeIfAbsent(groups.get(state), g -> new int[2]);
                c[1]++;
                if (statuses.get(s).stream().anyMatch(ImplementationStatus::isReply)) {
                    c[0]++;
                    replied.add(state);
                }
            }
            resolutions.add(new ResolutionFindings(
                    Samples.ref(symbol, Samples.TITLE),
                    new MandateQuote(13, Samples.MANDATE),
                    STATES,
                    byGroup.entrySet().stream()
                            .map(e -> new RegionalReplies(e.getKey(), e.getValue()[0], e.getValue()[1]))
                            .toList(),
                    paragraphs,
                    "States reported a broad range of measures.\n\nThe Commission may wish to take note of them.",
                    replied,
                    matrix));
        }
        return new SessionReportData(
                Samples.HEADER,
                "Progress in the implementation of resolutions",
                "Full-size benchmark.",
                resolutions,
                "The Commission may wish to take note of the report.");
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long gcCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }
}
