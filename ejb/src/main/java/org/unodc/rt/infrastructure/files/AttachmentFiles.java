package org.unodc.rt.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.unodc.rt.infrastructure.DataDirectory;

/**
 * Where attachments of returns live: {@code files/returns/<return id>/<random key>} under the data directory. An
 * upload is staged beside them ({@link StagedUpload}: at most one byte past the limit, hashed on the way) and its type
 * detected from its bytes with Apache Tika, never from the name the uploader gave it; it is moved to its key only once
 * it has been accepted.
 */
public final class AttachmentFiles {

    /** Tika's default detector: magic bytes, plus container inspection that tells DOCX and ODT from any ZIP. */
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private AttachmentFiles() {}

    /** Stages an upload in the return's directory; keep it {@link #path at a new key} once accepted. */
    public static StagedUpload receive(long returnId, InputStream content, long limit) {
        return StagedUpload.receive(directory(returnId), content, limit);
    }

    /** A key no other attachment has: the name of its file. */
    public static String newStorageKey() {
        return UUID.randomUUID().toString();
    }

    public static Path path(long returnId, String storageKey) {
        return directory(returnId).resolve(storageKey);
    }

    /** The path of an attachment relative to {@link DataDirectory#files()}, as {@link FileSweep} compares them. */
    public static String relativePath(long returnId, String storageKey) {
        return "returns/" + returnId + "/" + storageKey;
    }

    private static Path directory(long returnId) {
        return DataDirectory.files().resolve("returns").resolve(String.valueOf(returnId));
    }

    /** Deletes a stored file; a file already gone is fine. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + file + " could not be deleted", e);
        }
    }

    /** The media type of a file's content, without parameters; empty for an empty file. */
    static String detect(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return "";
        }
        try (InputStream in = TikaInputStream.get(file)) {
            // No resource name in the metadata: the name the uploader chose must not influence the answer.
            return DETECTOR.detect(in, new Metadata()).getBaseType().toString();
        }
    }
}
