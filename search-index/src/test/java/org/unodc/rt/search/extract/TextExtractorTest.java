package org.unodc.rt.search.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
        ExtractedText text = extractor.extract(in(pdf(ENGLISH, false)), "act.pdf");

        assertThat(text.text()).isEqualTo(ENGLISH);
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.detectedLanguage()).isEqualTo("en");
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void docx() throws Exception {
        ExtractedText text = extractor.extract(in(docx(RUSSIAN)), "Решение.docx");

        assertThat(text.text()).isEqualTo(RUSSIAN);
        assertThat(text.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(text.detectedLanguage()).isEqualTo("ru");
    }

    @Test
    void odt() throws Exception {
        ExtractedText text = extractor.extract(in(odt(SPANISH)), "estrategia.odt");

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
        ExtractionRejectedException e = rejection(extractor, docx(ENGLISH), "law.pdf");

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
        ExtractionRejectedException e = rejection(extractor, pdf(ENGLISH, true), "secret.pdf");

        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(e).hasMessage("\"secret.pdf\" is password-protected. Upload a copy without a password.");
    }

    @Test
    void zipBomb() throws Exception {
        ExtractionRejectedException e = rejection(extractor, docxBomb(20 * 1024 * 1024), "bomb.docx");

        assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
        assertThat(e.getMessage()).startsWith("\"bomb.docx\" unpacks to far more than its size suggests");
    }

    @Test
    void attachmentsAreReadDownToTheNestingLimit() throws Exception {
        byte[] twoLevels = pdfWithAttachment("Outer", pdfWithAttachment("Middle", pdf("Inner text", false)));

        ExtractedText text = extractor.extract(in(twoLevels), "annexes.pdf");

        assertThat(text.text()).contains("Outer", "Middle", "Inner text");
    }

    @Test
    void attachmentsNestedTooDeeply() throws Exception {
        byte[] threeLevels = pdfWithAttachment(
                "Outer", pdfWithAttachment("Middle", pdfWithAttachment("Inner", pdf("Innermost", false))));

        ExtractionRejectedException e = rejection(extractor, threeLevels, "nested.pdf");

        assertThat(e.reason()).isEqualTo(Reason.TOO_DEEPLY_NESTED);
        assertThat(e)
                .hasMessage("\"nested.pdf\" contains documents embedded more than 2 levels deep. Upload the"
                        + " inner document itself.");
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

    // ------------------------------------------------------------ fixtures

    static byte[] pdf(String text, boolean encrypted) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 700);
                content.showText(text);
                content.endText();
            }
            if (encrypted) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(256);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF with another file attached (the attachment Tika reads as embedded). */
    static byte[] pdfWithAttachment(String text, byte[] attachment) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(text, false))) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new ByteArrayInputStream(attachment));
            embedded.setSubtype("application/pdf");
            embedded.setSize(attachment.length);
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("annex.pdf");
            file.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("annex.pdf", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            doc.getDocumentCatalog().setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] odt(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // The ODF rule: "mimetype" first and uncompressed, so the type can be read at offset 38.
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            put(
                    zip,
                    "META-INF/manifest.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                            + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
                            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry"
                            + " manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
            put(
                    zip,
                    "content.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                            + "<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body>"
                            + "</office:document-content>");
        }
        return bytes.toByteArray();
    }

    /** A minimal DOCX whose document.xml unpacks to {@code size} bytes of repeated text. */
    static byte[] docxBomb(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                            + " Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                            + " PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                            + ".wordprocessingml.document.main+xml\"/></Types>");
            put(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                            + " Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                            + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                            + "<w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a ".repeat(32 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
