package org.unodc.rt.search.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unodc.rt.search.extract.ExtractionRejectedException.Reason;
import org.xml.sax.ContentHandler;

/** Fixtures are written by the tests themselves (PDFBox, POI, or by hand), small and readable. */
class TextExtractorTest {

    static final String ENGLISH = "The court ordered the confiscation of the proceeds of crime. Money-laundering"
            + " offences are punishable by imprisonment of up to ten years and a fine.";
    static final String RUSSIAN = "Суд признал обвиняемых виновными в торговле людьми. Преступления были совершены"
            + " организованной преступной группой, действовавшей в нескольких государствах.";
    static final String ARABIC = "يعاقب على جريمة غسل الأموال بالسجن. وتتولى وحدة مكافحة غسل الأموال تلقي الإخطارات"
            + " عن العمليات المشبوهة. ويحكم بمصادرة الأموال المتحصلة من الجريمة.";
    static final String CHINESE = "网络犯罪对各国构成严重威胁。本报告分析了网络犯罪的趋势，并建议加强国际合作和司法协助。洗钱活动也越来越多地利用网络。";
    static final String SPANISH = "La minería ilegal y el tráfico ilícito de metales preciosos financian a grupos"
            + " delictivos organizados. Los delitos de minería ilegal se castigan con penas de prisión.";

    private final TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults());

    @AfterEach
    void close() {
        extractor.close();
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private ExtractionRejectedException rejection(TextExtractor with, byte[] bytes, String name) {
        try {
            ExtractedText text = with.extract(in(bytes), name);
            throw new AssertionError("Accepted " + name + ": " + text);
        } catch (ExtractionRejectedException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------ the seven formats

    @Test
    void pdf() throws Exception {
        ExtractedText text = extractor.extract(in(TestFiles.pdf(ENGLISH, false)), "act.pdf");

        assertThat(text.text()).isEqualTo(ENGLISH);
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.detectedLanguage()).isEqualTo("en");
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void docx() throws Exception {
        ExtractedText text = extractor.extract(in(TestFiles.docx(RUSSIAN)), "Решение.docx");

        assertThat(text.text()).isEqualTo(RUSSIAN);
        assertThat(text.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(text.detectedLanguage()).isEqualTo("ru");
    }

    @Test
    void odt() throws Exception {
        ExtractedText text = extractor.extract(in(TestFiles.odt(SPANISH)), "estrategia.odt");

        assertThat(text.text()).isEqualTo(SPANISH);
        assertThat(text.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(text.detectedLanguage()).isEqualTo("es");
    }

    @Test
    void rtf() throws Exception {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0 La confiscation des avoirs"
                + " criminels est pr\\'e9vue par la loi relative \\'e0 la lutte contre le blanchiment d'argent et"
                + " le financement du terrorisme.\\par}";

        ExtractedText text = extractor.extract(in(rtf.getBytes(StandardCharsets.US_ASCII)), "loi.rtf");

        assertThat(text.text())
                .isEqualTo("La confiscation des avoirs criminels est prévue par la loi relative à la lutte contre le"
                        + " blanchiment d'argent et le financement du terrorisme.");
        assertThat(text.mediaType()).isEqualTo("application/rtf");
        assertThat(text.detectedLanguage()).isEqualTo("fr");
    }

    @Test
    void html() throws Exception {
        String html = "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>قانون</title>"
                + "<script>alert('x')</script></head><body><p>" + ARABIC + "</p></body></html>";

        ExtractedText text = extractor.extract(in(html.getBytes(StandardCharsets.UTF_8)), "law.html");

        assertThat(text.text()).isEqualTo(ARABIC);
        assertThat(text.mediaType()).isEqualTo("text/html");
        assertThat(text.detectedLanguage()).isEqualTo("ar");
    }

    @Test
    void htmlFragmentWithoutHtmlElement() throws Exception {
        String fragment = "<p>" + ENGLISH + "</p>";

        ExtractedText text = extractor.extract(in(fragment.getBytes(StandardCharsets.UTF_8)), "fragment.htm");

        assertThat(text.text()).isEqualTo(ENGLISH);
    }

    @Test
    void plainText() throws Exception {
        ExtractedText text = extractor.extract(in(CHINESE.getBytes(StandardCharsets.UTF_8)), "报告.txt");

        assertThat(text.text()).isEqualTo(CHINESE);
        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(text.detectedLanguage()).isEqualTo("zh");
    }

    @Test
    void languageDetectionForTheUnLanguages() {
        assertThat(extractor.detectLanguage(ARABIC)).isEqualTo("ar");
        assertThat(extractor.detectLanguage(CHINESE)).isEqualTo("zh");
        assertThat(extractor.detectLanguage(RUSSIAN)).isEqualTo("ru");
        assertThat(extractor.detectLanguage(ENGLISH)).isEqualTo("en");
        assertThat(extractor.detectLanguage(SPANISH)).isEqualTo("es");
        assertThat(extractor.detectLanguage("")).isEqualTo("und");
    }

    // ------------------------------------------------------------ rejections

    @Test
    void unsupportedExtension() {
        ExtractionRejectedException e = rejection(extractor, new byte[] {1, 2, 3}, "setup.exe");

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e)
                .hasMessage("Files of type .exe cannot be uploaded. Upload a PDF, DOCX, DOC, ODT, RTF, HTML or"
                        + " TXT file.");
    }

    @Test
    void programRenamedToPdf() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);

        ExtractionRejectedException e = rejection(extractor, exe, "law.pdf");

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).startsWith("\"law.pdf\" is not a PDF: its content is a program (");
    }

    @Test
    void wordDocumentNamedPdf() throws Exception {
        ExtractionRejectedException e = rejection(extractor, TestFiles.docx(ENGLISH), "law.pdf");

        assertThat(e.reason()).isEqualTo(Reason.TYPE_MISMATCH);
        assertThat(e)
                .hasMessage("\"law.pdf\" is named .pdf but contains a Word document (DOCX). Rename it with the"
                        + " right extension or upload the intended file.");
    }

    @Test
    void tooBig() {
        TextExtractor small = new TextExtractor(new ExtractionLimits(2048, 1000, Duration.ofSeconds(30), 2, 100));
        try (small) {
            ExtractionRejectedException e =
                    rejection(small, "a".repeat(5000).getBytes(StandardCharsets.US_ASCII), "big.txt");

            assertThat(e.reason()).isEqualTo(Reason.TOO_BIG);
            assertThat(e)
                    .hasMessage("\"big.txt\" is larger than 2 KB. Upload a smaller file, e.g. split the document"
                            + " or reduce its images.");
        }
    }

    /** An upload already on disk (the server stages it beside where it will be kept) is read in place, not removed. */
    @Test
    void aFileOnDiskIsReadWhereItIsAndLeftToItsOwner(@TempDir Path directory) throws Exception {
        Path file = Files.write(directory.resolve("upload-1.part"), TestFiles.pdf(ENGLISH, false));

        ExtractedText text = extractor.extract(file, "act.pdf");

        assertThat(text.text()).isEqualTo(ENGLISH);
        assertThat(file).exists();
    }

    @Test
    void aFileOnDiskOverTheLimitIsRefusedAndLeftToItsOwner(@TempDir Path directory) throws Exception {
        Path file =
                Files.write(directory.resolve("upload-2.part"), "a".repeat(5000).getBytes(StandardCharsets.US_ASCII));
        try (TextExtractor small =
                new TextExtractor(new ExtractionLimits(2048, 1000, Duration.ofSeconds(30), 2, 100))) {
            ExtractionRejectedException e =
                    assertThrows(ExtractionRejectedException.class, () -> small.extract(file, "big.txt"));

            assertThat(e.reason()).isEqualTo(Reason.TOO_BIG);
            assertThat(file).exists();
        }
    }

    @Test
    void hugeTextIsTruncatedAtTheCharacterLimit() throws Exception {
        TextExtractor limited = new TextExtractor(new ExtractionLimits(1 << 20, 1000, Duration.ofSeconds(30), 2, 100));
        try (limited) {
            String huge = (ENGLISH + "\n").repeat(500);

            ExtractedText text = limited.extract(in(huge.getBytes(StandardCharsets.UTF_8)), "huge.txt");

            assertThat(text.truncated()).isTrue();
            assertThat(text.text()).hasSizeLessThanOrEqualTo(1000).startsWith(ENGLISH);
        }
    }

    @Test
    void emptyFile() {
        ExtractionRejectedException e = rejection(extractor, new byte[0], "empty.txt");

        assertThat(e.reason()).isEqualTo(Reason.EMPTY);
        assertThat(e).hasMessage("\"empty.txt\" is empty.");
    }

    @Test
    void encryptedPdf() throws Exception {
        ExtractionRejectedException e = rejection(extractor, TestFiles.pdf(ENGLISH, true), "secret.pdf");

        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(e).hasMessage("\"secret.pdf\" is password-protected. Upload a copy without a password.");
    }

    /** A reader would run the script on opening (or on a click); nobody's evidence needs one, so none is accepted. */
    @ParameterizedTest
    @EnumSource(TestFiles.Script.class)
    void pdfWithJavaScript(TestFiles.Script place) throws Exception {
        ExtractionRejectedException e =
                rejection(extractor, TestFiles.pdfWithJavaScript(ENGLISH, place), "scripted.pdf");

        assertThat(e.reason()).isEqualTo(Reason.SCRIPT);
        assertThat(e)
                .hasMessage("\"scripted.pdf\" contains JavaScript that a PDF reader would run, so it was not"
                        + " accepted. Print it to a new PDF or save it as PDF/A (both leave scripts out) and upload"
                        + " that.");
    }

    @Test
    void zipBomb() throws Exception {
        ExtractionRejectedException e = rejection(extractor, TestFiles.docxBomb(20 * 1024 * 1024), "bomb.docx");

        assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
        assertThat(e.getMessage()).startsWith("\"bomb.docx\" unpacks to far more than its size suggests");
    }

    @Test
    void attachmentsAreReadDownToTheNestingLimit() throws Exception {
        byte[] twoLevels = TestFiles.pdfWithAttachment(
                "Outer", TestFiles.pdfWithAttachment("Middle", TestFiles.pdf("Inner text", false)));

        ExtractedText text = extractor.extract(in(twoLevels), "annexes.pdf");

        assertThat(text.text()).contains("Outer", "Middle", "Inner text");
    }

    @Test
    void attachmentsNestedTooDeeply() throws Exception {
        byte[] threeLevels = TestFiles.pdfWithAttachment(
                "Outer",
                TestFiles.pdfWithAttachment(
                        "Middle", TestFiles.pdfWithAttachment("Inner", TestFiles.pdf("Innermost", false))));

        ExtractionRejectedException e = rejection(extractor, threeLevels, "nested.pdf");

        assertThat(e.reason()).isEqualTo(Reason.TOO_DEEPLY_NESTED);
        assertThat(e)
                .hasMessage("\"nested.pdf\" contains documents embedded more than 2 levels deep. Upload the"
                        + " inner document itself.");
    }

    /**
     * Markup nested 100,000 elements deep cannot exhaust the parser: Tika's HTML parser keeps no element tree, so the
     * text is read flat, quickly, within the usual limits. (Documents embedded in documents are what nests
     * dangerously; see {@link #attachmentsNestedTooDeeply()}.)
     */
    @Test
    void markupNestedDeeplyIsReadFlat() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + "<div>".repeat(100_000) + "Ley de minería"
                + "</div>".repeat(100_000) + "</body></html>";

        ExtractedText text = extractor.extract(in(html.getBytes(StandardCharsets.UTF_8)), "deep.html");

        assertThat(text.text()).isEqualTo("Ley de minería");
    }

    @Test
    void ordinaryNestingIsRead() throws Exception {
        String html = "<html><body>" + "<div>".repeat(40) + "Ley de minería" + "</div>".repeat(40) + "</body></html>";

        ExtractedText text = extractor.extract(in(html.getBytes(StandardCharsets.UTF_8)), "ley.html");

        assertThat(text.text()).isEqualTo("Ley de minería");
    }

    @Test
    void damagedPdf() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);

        ExtractionRejectedException e = rejection(extractor, broken, "broken.pdf");

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e)
                .hasMessage("\"broken.pdf\" could not be read as a PDF. It may be damaged; open it and save it"
                        + " again, or upload it as PDF.");
    }

    @Test
    void aParserThatHangsIsStoppedAtTheTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        Parser hanging = new Parser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.TEXT_PLAIN);
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws IOException {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    throw new IOException("interrupted", e);
                }
            }
        };
        TextExtractor slow =
                new TextExtractor(new ExtractionLimits(1 << 20, 1000, Duration.ofMillis(300), 2, 100), hanging);
        try (slow) {
            ExtractionRejectedException e = rejection(slow, ENGLISH.getBytes(StandardCharsets.UTF_8), "slow.txt");

            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e)
                    .hasMessage("Reading \"slow.txt\" took longer than 0 seconds and was stopped. The file may be"
                            + " damaged; try saving it again as PDF.");
        }
    }
}
