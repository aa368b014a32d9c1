package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.unodc.rt.reports.data.ReportData;

/** Renders a report once per test class and reads it back; keeps a copy under target/rendered to look at. */
final class Rendered {

    /** One renderer for all tests, as in the application: templates compile once. */
    static final ReportRenderer RENDERER = new ReportRenderer(Path.of("target", "swap"), 20);

    private Rendered() {}

    static byte[] render(ReportData data, ReportFormat format, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(data, format, out);
        byte[] bytes = out.toByteArray();
        try {
            Path dir = Path.of(System.getProperty("rt.reports.out", "target/rendered"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + "." + format.extension()), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** The text of every page, whitespace collapsed so that line breaks do not split phrases. */
    static List<String> pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The left end of the first line of the first page that holds the word, in points from the page's left edge. */
    static float lineStart(byte[] pdf, String word) {
        return lineExtent(pdf, word)[0];
    }

    /** The right end of that line. */
    static float lineEnd(byte[] pdf, String word) {
        return lineExtent(pdf, word)[1];
    }

    private static float[] lineExtent(byte[] pdf, String word) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<float[]> found = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    int at = text.indexOf(word);
                    if (at >= 0 && found.isEmpty()) {
                        float left = Float.MAX_VALUE;
                        float right = 0;
                        for (org.apache.pdfbox.text.TextPosition p : positions) {
                            left = Math.min(left, p.getXDirAdj());
                            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                        }
                        found.add(new float[] {left, right});
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
            assertThat(found).as("\"%s\" on the first page", word).isNotEmpty();
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        return String.join(" ", pdfPages(pdf));
    }

    /** Every font on every page (and in the page's forms) is embedded, and names the fonts seen. */
    static List<String> assertAllFontsEmbedded(byte[] pdf) {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(fonts).isNotEmpty();
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<String> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font.isEmbedded())
                    .as("font %s is embedded", font.getName())
                    .isTrue();
            fonts.add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
