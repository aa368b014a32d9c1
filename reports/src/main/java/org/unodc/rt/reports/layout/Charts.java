package org.unodc.rt.reports.layout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.unodc.rt.reports.data.ImplementationStatus;
import org.unodc.rt.reports.data.ParagraphFindings;
import org.unodc.rt.reports.data.RegionalReplies;

/**
 * The two charts a reader would rather look at than read: replies by regional group, and
 * implementation status by paragraph. Drawn with JFreeChart into images because the
 * JasperReports 7 chart component (jasperreports-charts) is not published on Maven Central.
 */
public final class Charts {

    /** Points of the chart box in the template; the image is drawn at {@link #SCALE} times that. */
    public static final int WIDTH = 447;

    public static final int HEIGHT = 230;

    private static final int SCALE = 2;

    /** Muted, print-friendly colours, distinguishable in greyscale from dark to light. */
    private static final Map<ImplementationStatus, Color> STATUS_COLOURS = Map.of(
            ImplementationStatus.IMPLEMENTED, new Color(0x1F4E79),
            ImplementationStatus.PARTIALLY_IMPLEMENTED, new Color(0x2E75B6),
            ImplementationStatus.IN_PROGRESS, new Color(0x9DC3E6),
            ImplementationStatus.NOT_STARTED, new Color(0xC55A11),
            ImplementationStatus.NOT_APPLICABLE, new Color(0xA5A5A5),
            ImplementationStatus.NO_REPLY, new Color(0xE7E6E6));

    private static final Font BASE_FONT = loadFont();

    private Charts() {}

    public static byte[] repliesByRegion(List<RegionalReplies> replies) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (RegionalReplies r : replies) {
            String group = shortGroup(r.group().label());
            dataset.addValue(r.replied(), "Replied", group);
            dataset.addValue(r.asked() - r.replied(), "Did not reply", group);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null, null, "Member States", dataset, PlotOrientation.HORIZONTAL, true, false, false);
        BarRenderer renderer = style(chart);
        renderer.setSeriesPaint(0, STATUS_COLOURS.get(ImplementationStatus.IMPLEMENTED));
        renderer.setSeriesPaint(1, STATUS_COLOURS.get(ImplementationStatus.NO_REPLY));
        return draw(chart);
    }

    public static byte[] statusByParagraph(List<ParagraphFindings> paragraphs, int statesAsked) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ImplementationStatus status : ImplementationStatus.values()) {
            for (ParagraphFindings p : paragraphs) {
                int count = status == ImplementationStatus.NO_REPLY
                        ? Math.max(0, statesAsked - p.replies())
                        : p.count(status);
                dataset.addValue(count, status.label(), "Para. " + p.paragraphNumber());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null, null, "Member States", dataset, PlotOrientation.HORIZONTAL, true, false, false);
        BarRenderer renderer = style(chart);
        ImplementationStatus[] statuses = ImplementationStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            renderer.setSeriesPaint(i, STATUS_COLOURS.get(statuses[i]));
        }
        return draw(chart);
    }

    private static String shortGroup(String label) {
        return label.replace(" States", "").replace(" and other", " & other");
    }

    private static BarRenderer style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getLegend().setItemFont(BASE_FONT.deriveFont(8f));
        chart.getLegend().setFrame(BlockBorder.NONE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xBFBFBF));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(BASE_FONT.deriveFont(8f));
        domain.setCategoryMargin(0.25);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(BASE_FONT.deriveFont(8f));
        range.setLabelFont(BASE_FONT.deriveFont(8f));
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        return renderer;
    }

    /** PNG rather than an AWT image, which the exporters would turn into a blurred JPEG. */
    private static byte[] draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** The charts use the report's own Noto Sans, not whatever fonts the server happens to have. */
    private static Font loadFont() {
        try (InputStream in = Charts.class.getResourceAsStream("/org/unodc/rt/reports/fonts/NotoSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException(
                        "Noto Sans is missing from the classpath: was the build's font step run?");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
