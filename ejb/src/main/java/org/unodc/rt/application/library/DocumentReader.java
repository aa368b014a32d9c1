package org.unodc.rt.application.library;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.search.ErrorText;
import org.unodc.rt.search.extract.ExtractedText;
import org.unodc.rt.search.extract.ExtractionLimits;
import org.unodc.rt.search.extract.ExtractionRejectedException;
import org.unodc.rt.search.extract.TextExtractor;

/**
 * Reads uploaded documents with the search index's {@link TextExtractor}, under its limits: a library original and a
 * return's attachment are checked alike (content matching the name, size, zip bombs, nesting, passwords, JavaScript).
 * One for the application: it owns the bounded pool that keeps hostile files from hanging us.
 */
@ApplicationScoped
public class DocumentReader {

    /** The attachments whose text can be read; images have none, and their type was checked from their bytes. */
    private static final Set<String> READABLE_ATTACHMENTS = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text");

    private final ExtractionLimits limits = ExtractionLimits.defaults();

    private TextExtractor extractor;

    @PostConstruct
    void start() {
        extractor = new TextExtractor(limits);
    }

    @PreDestroy
    void stop() {
        extractor.close();
    }

    /** The largest file read; larger ones are refused unread. */
    public long maxFileBytes() {
        return limits.maxFileBytes();
    }

    /** The text of a file on disk; a hostile or broken one is refused with the reason, after its name. */
    public ExtractedText read(Path file, String fileName) {
        return reading(fileName, () -> extractor.extract(file, fileName));
    }

    /** {@link #read(Path, String)} for an upload that is not stored. */
    public ExtractedText read(InputStream content, String fileName) {
        return reading(fileName, () -> extractor.extract(content, fileName));
    }

    /**
     * The text of an uploaded document that is not stored (a resolution's text): a {@code .txt} file as UTF-8, any
     * other through text extraction, with its limits.
     */
    public String textOf(InputStream content, String fileName) {
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            try {
                byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes() + 1));
                if (bytes.length > maxFileBytes()) {
                    throw new InvalidInputException(Explanation.of(
                            "library.fileRejected",
                            fileName,
                            new Explanation(
                                    ErrorText.BUNDLE,
                                    "upload.tooBig",
                                    List.<java.io.Serializable>of(fileName, maxFileBytes() / (1024 * 1024) + " MB"))));
                }
                return new String(bytes, UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException(unreadable(fileName, e));
            }
        }
        return read(content, fileName).text();
    }

    /**
     * Checks an attachment of a type the attachment policy accepts, detected from its bytes, by reading it as a
     * library upload is read. The reason of a refusal is told as it is: it names the file.
     */
    public void checkAttachment(Path file, String fileName, String mediaType) {
        if (READABLE_ATTACHMENTS.contains(mediaType)) {
            try {
                extractor.extract(file, fileName);
            } catch (ExtractionRejectedException e) {
                throw new InvalidInputException(new Explanation(ErrorText.BUNDLE, e.key(), e.arguments()));
            } catch (IOException e) {
                throw new InvalidInputException(unreadable(fileName, e));
            }
        }
    }

    private interface Extraction {
        ExtractedText run() throws ExtractionRejectedException, IOException;
    }

    private static ExtractedText reading(String fileName, Extraction extraction) {
        try {
            return extraction.run();
        } catch (ExtractionRejectedException e) {
            throw new InvalidInputException(Explanation.of(
                    "library.fileRejected",
                    String.valueOf(fileName),
                    new Explanation(ErrorText.BUNDLE, e.key(), e.arguments())));
        } catch (IOException e) {
            throw new InvalidInputException(unreadable(fileName, e));
        }
    }

    /** An upload that could not be read at all; the cause is the platform's own (English) words. */
    private static Explanation unreadable(String fileName, IOException e) {
        return Explanation.of("library.fileUnreadable", String.valueOf(fileName), String.valueOf(e.getMessage()));
    }
}
