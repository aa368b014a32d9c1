package org.unodc.rt.search.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files made on the fly for tests: ordinary documents in each accepted format, and hostile ones (an encrypted PDF,
 * a DOCX zip bomb, PDFs embedded in PDFs, PDFs with JavaScript). Shared with the EAR's verification suite through this module's test jar,
 * so the server is attacked with the same files the extractor's unit tests use.
 */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf(String text, boolean encrypted) throws IOException {
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
    public static byte[] pdfWithAttachment(String text, byte[] attachment) throws IOException {
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

    /** Where a PDF keeps the JavaScript that a reader runs: each is a way malware in PDFs is delivered. */
    public enum Script {
        /** The catalog's /OpenAction: runs as soon as the document is opened. */
        OPEN_ACTION,
        /** The document-level scripts of the catalog's /Names /JavaScript tree: also run on opening. */
        DOCUMENT_NAMES,
        /** A link on the page whose action is a script: runs when the reader clicks it. */
        LINK
    }

    /** A one-page PDF with a (harmless) script where {@code place} says. */
    public static byte[] pdfWithJavaScript(String text, Script place) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(text, false))) {
            PDActionJavaScript script = new PDActionJavaScript("app.alert('" + place + "');");
            switch (place) {
                case OPEN_ACTION -> doc.getDocumentCatalog().setOpenAction(script);
                case DOCUMENT_NAMES -> {
                    PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
                    scripts.setNames(Map.of("init", script));
                    PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
                    names.setJavascript(scripts);
                    doc.getDocumentCatalog().setNames(names);
                }
                case LINK -> {
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(40, 690, 200, 20));
                    link.setAction(script);
                    doc.getPage(0).getAnnotations().add(link);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] odt(String text) throws IOException {
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
    public static byte[] docxBomb(int size) throws IOException {
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
