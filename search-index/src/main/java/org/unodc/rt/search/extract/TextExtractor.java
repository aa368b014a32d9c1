package org.unodc.rt.search.extract;

import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.BUSY;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.CORRUPT;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.EMPTY;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.ENCRYPTED;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.SCRIPT;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.TIMEOUT;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.TOO_BIG;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.TOO_DEEPLY_NESTED;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.TYPE_MISMATCH;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.UNSUPPORTED_TYPE;
import static org.unodc.rt.search.extract.ExtractionRejectedException.Reason.ZIP_BOMB;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.unodc.rt.search.ErrorText.Phrase;
import org.unodc.rt.search.extract.ExtractionRejectedException.Reason;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text of an uploaded PDF, DOCX, DOC, ODT, RTF, HTML or TXT file with Apache Tika and
 * detects its language, under {@link ExtractionLimits}.
 *
 * <p>The checks, in order: the file name's extension is one of the seven; the size is within the
 * limit (the upload is copied to a temporary file, stopping at the limit); the content, detected
 * from its bytes and not from its name, is the type the extension says (an {@code .exe} renamed
 * {@code .pdf} is refused); a ZIP-based file (DOCX, ODT) does not unpack to more than the ratio
 * allows; then Tika parses it, with its zip-bomb guard ({@code SecureContentHandler}, configured
 * through {@link AutoDetectParserConfig}) watching characters per byte and element nesting, a cap
 * on the characters kept, and a limit on embedded-document depth; last, a PDF must not carry
 * JavaScript a reader would run ({@link PdfScripts}), as nobody's evidence or law needs one.
 *
 * <p>Detection and parsing run on a small pool of daemon threads, waited for at most {@link
 * ExtractionLimits#timeout()}: a file that makes a parser loop cannot hang the caller, and at most
 * {@value #THREADS} such files can keep threads busy ({@link Reason#BUSY} then, not a crash).
 * Thread-safe; make one and share it, and close it on shutdown.
 */
public final class TextExtractor implements AutoCloseable {

    /** Extractions running at once; each can use a core and a few hundred MB at worst. */
    static final int THREADS = 2;

    private static final int QUEUED = 8;
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int LANGUAGE_SAMPLE = 20_000;

    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType DOCX =
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType DOC = MediaType.application("msword");
    private static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    private static final MediaType RTF = MediaType.application("rtf");
    private static final MediaType HTML = MediaType.text("html");
    private static final MediaType XHTML = MediaType.application("xhtml+xml");
    private static final MediaType TEXT = MediaType.TEXT_PLAIN;

    /** What each accepted extension may contain. */
    private static final Map<String, Set<MediaType>> ACCEPTED = Map.of(
            "pdf", Set.of(PDF),
            "docx", Set.of(DOCX),
            "doc", Set.of(DOC),
            "odt", Set.of(ODT),
            "rtf", Set.of(RTF),
            // An HTML fragment without <html> or a doctype is detected as plain text.
            "html", Set.of(HTML, XHTML, TEXT),
            "htm", Set.of(HTML, XHTML, TEXT),
            "txt", Set.of(TEXT));

    /** What each type is called in a refusal ("… contains a Word document (DOCX)"), in the reader's language. */
    private static final Map<MediaType, Phrase> NAMES = Map.of(
            PDF, Phrase.of("upload.kind.pdf"),
            DOCX, Phrase.of("upload.kind.docx"),
            DOC, Phrase.of("upload.kind.doc"),
            ODT, Phrase.of("upload.kind.odt"),
            RTF, Phrase.of("upload.kind.rtf"),
            HTML, Phrase.of("upload.kind.html"),
            XHTML, Phrase.of("upload.kind.xhtml"),
            TEXT, Phrase.of("upload.kind.text"));

    private final ExtractionLimits limits;
    private final Detector detector;
    private final Parser parser;
    private final ThreadPoolExecutor executor;
    private volatile LanguageDetector languageDetector;

    public TextExtractor(ExtractionLimits limits) {
        this(limits, null);
    }

    /** With a given parser instead of Tika's; for tests that need a parser that hangs. */
    TextExtractor(ExtractionLimits limits, Parser parserForTests) {
        this.limits = limits;
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        if (parserForTests != null) {
            this.parser = parserForTests;
        } else {
            AutoDetectParser auto = new AutoDetectParser(tika);
            // Tika's zip-bomb guard: no check below 100,000 characters (a short text may well
            // compress better than 1:100), then at most maxCompressionRatio characters per input
            // byte; XML elements at most 100 deep.
            auto.setAutoDetectParserConfig(new AutoDetectParserConfig(
                    null, 100_000L, (long) limits.maxCompressionRatio(), 100, limits.maxNestingDepth() + 1));
            this.parser = auto;
        }
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                THREADS,
                THREADS,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED),
                r -> {
                    Thread t = new Thread(r, "text-extraction-" + number.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Extracts the text of an upload.
     *
     * @param content the uploaded bytes; read up to the size limit, not closed
     * @param fileName the name the file was uploaded under; its extension must match the content
     * @throws ExtractionRejectedException with a message for the uploader
     * @throws IOException if the temporary copy cannot be written (a server problem, not the file's)
     */
    public ExtractedText extract(InputStream content, String fileName) throws ExtractionRejectedException, IOException {
        String extension = extension(fileName);
        Set<MediaType> accepted = accepted(extension, fileName);
        Path copy = Files.createTempFile("upload-", "." + extension);
        boolean handedOver = false;
        try {
            long size = copyAtMost(content, copy, limits.maxFileBytes());
            Future<ExtractedText> work = start(copy, size, fileName, extension, accepted, true);
            handedOver = true;
            return await(work, fileName);
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(copy);
            }
        }
    }

    /**
     * {@link #extract(InputStream, String)} for a file on disk, read where it is: no copy, and a file over the size
     * limit is refused without reading it. The caller owns the file (and removes it when it is refused).
     */
    public ExtractedText extract(Path file, String fileName) throws ExtractionRejectedException, IOException {
        String extension = extension(fileName);
        Set<MediaType> accepted = accepted(extension, fileName);
        return await(start(file, Files.size(file), fileName, extension, accepted, false), fileName);
    }

    private static Set<MediaType> accepted(String extension, String fileName) throws ExtractionRejectedException {
        Set<MediaType> accepted = ACCEPTED.get(extension);
        if (accepted == null) {
            if (extension.isEmpty()) {
                throw new ExtractionRejectedException(UNSUPPORTED_TYPE, "upload.noExtension", String.valueOf(fileName));
            }
            throw new ExtractionRejectedException(UNSUPPORTED_TYPE, "upload.unsupportedType", extension);
        }
        return accepted;
    }

    /** Checks the size, then hands the file to the pool; {@code deleteAfter}: the file is ours, a copy to remove. */
    private Future<ExtractedText> start(
            Path file, long size, String fileName, String extension, Set<MediaType> accepted, boolean deleteAfter)
            throws ExtractionRejectedException {
        if (size > limits.maxFileBytes()) {
            throw new ExtractionRejectedException(TOO_BIG, "upload.tooBig", fileName, megabytes(limits.maxFileBytes()));
        }
        if (size == 0) {
            throw new ExtractionRejectedException(EMPTY, "upload.empty", fileName);
        }
        try {
            return executor.submit(() -> {
                try {
                    return extractFrom(file, size, fileName, extension, accepted);
                } finally {
                    if (deleteAfter) {
                        Files.deleteIfExists(file);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            throw new ExtractionRejectedException(BUSY, "upload.busy");
        }
    }

    /**
     * The main language of a text as an ISO 639-1 code, or {@code und} if it cannot be told. Reads
     * at most the first 20,000 characters.
     */
    public String detectLanguage(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        LanguageDetector languages = languageDetector();
        LanguageResult result;
        synchronized (languages) {
            result = languages.detect(text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text);
        }
        if (result == null || result.isUnknown()) {
            return "und";
        }
        // Optimaize says zh-CN / zh-TW; the library only distinguishes languages.
        return result.getLanguage().split("-", 2)[0].toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private ExtractedText await(Future<ExtractedText> work, String fileName)
            throws ExtractionRejectedException, IOException {
        try {
            return work.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw new ExtractionRejectedException(
                    TIMEOUT, "upload.timeout", fileName, limits.timeout().toSeconds());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while extracting " + fileName, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionRejectedException rejected) {
                throw rejected;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new ExtractionRejectedException(CORRUPT, cause, "upload.unreadable", fileName);
        }
    }

    private ExtractedText extractFrom(Path file, long size, String fileName, String extension, Set<MediaType> accepted)
            throws ExtractionRejectedException, IOException {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // From the bytes only: the name is what we check, so it must not sway the answer.
            type = detector.detect(in, new Metadata()).getBaseType();
        }
        if (!accepted.contains(type)) {
            throw wrongType(fileName, extension, type);
        }
        if (type.equals(DOCX) || type.equals(ODT)) {
            checkZip(file, size, fileName);
        }
        MediaType parseAs = type.equals(TEXT) && !extension.equals("txt") ? HTML : type;

        BodyContentHandler text = new BodyContentHandler(limits.maxExtractedChars());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, parseAs.toString());
        ParseContext context = new ParseContext();
        DepthLimitedExtractor embedded = new DepthLimitedExtractor(context, limits.maxNestingDepth());
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, text, metadata, context);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw corrupt(fileName, type, e);
            }
            truncated = true;
        } catch (EncryptedDocumentException e) {
            throw encrypted(fileName);
        } catch (TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                throw classify(e, fileName, type);
            }
        } catch (StackOverflowError e) {
            throw new ExtractionRejectedException(TOO_DEEPLY_NESTED, "upload.tooDeeplyNested", fileName);
        } catch (IOException | RuntimeException e) {
            throw corrupt(fileName, type, e);
        }
        if (embedded.tooDeep) {
            throw new ExtractionRejectedException(
                    TOO_DEEPLY_NESTED, "upload.embeddedTooDeep", fileName, limits.maxNestingDepth());
        }
        if (type.equals(PDF) && scripted(file, fileName, type)) {
            throw new ExtractionRejectedException(SCRIPT, "upload.script", fileName);
        }
        String result = text.toString().strip();
        return new ExtractedText(result, detectLanguage(result), type.toString(), truncated);
    }

    /** Whether a PDF Tika could read carries scripts; one PDFBox cannot load on its own counts as damaged. */
    private static boolean scripted(Path file, String fileName, MediaType type) throws ExtractionRejectedException {
        try {
            return PdfScripts.present(file);
        } catch (IOException | RuntimeException e) {
            throw corrupt(fileName, type, e);
        }
    }

    private ExtractionRejectedException wrongType(String fileName, String extension, MediaType type) {
        if (type.getSubtype().contains("ooxml-protected") || type.getSubtype().contains("encrypted")) {
            return encrypted(fileName);
        }
        Phrase actual = NAMES.get(type);
        if (actual != null) {
            return new ExtractionRejectedException(TYPE_MISMATCH, "upload.typeMismatch", fileName, extension, actual);
        }
        return new ExtractionRejectedException(
                UNSUPPORTED_TYPE,
                "upload.notExpectedType",
                fileName,
                NAMES.get(ACCEPTED.get(extension).iterator().next()),
                describe(type));
    }

    /** What a refused content is: a phrase, or the media type itself where there are no better words. */
    private static Serializable describe(MediaType type) {
        String t = type.toString();
        if (t.contains("msdownload") || t.contains("dosexec") || t.contains("executable") || t.contains("elf")) {
            return Phrase.of("upload.kind.program", t);
        }
        if (t.equals("application/zip")) {
            return Phrase.of("upload.kind.zip");
        }
        if (type.getType().equals("image")) {
            return Phrase.of("upload.kind.image", t);
        }
        if (t.equals("application/octet-stream")) {
            return Phrase.of("upload.kind.unknown");
        }
        return t;
    }

    /** Sizes declared in the ZIP directory: a cheap first look before Tika unpacks anything. */
    private void checkZip(Path file, long size, String fileName) throws ExtractionRejectedException {
        long unpacked = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                entries++;
                unpacked += Math.max(0, entry.getSize());
                if (entries > MAX_ZIP_ENTRIES || unpacked > size * limits.maxCompressionRatio()) {
                    throw zipBomb(fileName);
                }
            }
        } catch (IOException e) {
            throw new ExtractionRejectedException(CORRUPT, e, "upload.invalidZip", fileName);
        }
    }

    private static ExtractionRejectedException classify(TikaException e, String fileName, MediaType type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return encrypted(fileName);
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("nesting")) {
                // Tika's own (English) words for the limit that was hit.
                return new ExtractionRejectedException(
                        TOO_DEEPLY_NESTED,
                        e,
                        "upload.nestingLimit",
                        fileName,
                        message.replace("Suspected zip bomb: ", ""));
            }
            if (message.contains("zip bomb") || message.contains("Zip bomb")) {
                return zipBomb(fileName);
            }
        }
        return corrupt(fileName, type, e);
    }

    private static ExtractionRejectedException zipBomb(String fileName) {
        return new ExtractionRejectedException(ZIP_BOMB, "upload.zipBomb", fileName);
    }

    private static ExtractionRejectedException encrypted(String fileName) {
        return new ExtractionRejectedException(ENCRYPTED, "upload.encrypted", fileName);
    }

    private static ExtractionRejectedException corrupt(String fileName, MediaType type, Exception e) {
        Serializable what = NAMES.containsKey(type) ? NAMES.get(type) : type.toString();
        return new ExtractionRejectedException(CORRUPT, e, "upload.corrupt", fileName, what);
    }

    private static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    return total;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Phrase megabytes(long bytes) {
        if (bytes >= 1024 * 1024) {
            return Phrase.of("upload.size.megabytes", bytes / (1024 * 1024));
        }
        return bytes >= 1024 ? Phrase.of("upload.size.kilobytes", bytes / 1024) : Phrase.of("upload.size.bytes", bytes);
    }

    /** Loading the language profiles takes a second and some memory; only done when first needed. */
    private LanguageDetector languageDetector() {
        LanguageDetector d = languageDetector;
        if (d == null) {
            synchronized (this) {
                d = languageDetector;
                if (d == null) {
                    d = new OptimaizeLangDetector().loadModels();
                    languageDetector = d;
                }
            }
        }
        return d;
    }

    /**
     * Parses embedded documents (an attachment in a PDF, an object in a DOCX) down to the depth
     * limit. Deeper ones are not parsed but noted, and the file is then refused: container parsers
     * swallow exceptions from their embedded documents, so a flag is the reliable signal.
     */
    private static final class DepthLimitedExtractor extends ParsingEmbeddedDocumentExtractor {
        private final int maxDepth;
        private int depth;
        volatile boolean tooDeep;

        DepthLimitedExtractor(ParseContext context, int maxDepth) {
            super(context);
            this.maxDepth = maxDepth;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            if (depth >= maxDepth) {
                tooDeep = true;
                return;
            }
            depth++;
            try {
                super.parseEmbedded(stream, handler, metadata, outputHtml);
            } finally {
                depth--;
            }
        }
    }
}
