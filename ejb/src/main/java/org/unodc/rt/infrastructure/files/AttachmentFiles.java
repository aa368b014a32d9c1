package org.unodc.rt.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.unodc.rt.infrastructure.DataDirectory;

/**
 * Where attachments of returns live: {@code files/returns/<return id>/<random key>} under the data directory. An
 * upload is copied at most one byte past the limit (so a huge body costs no more than the limit), hashed on the way,
 * and its type detected from its bytes with Apache Tika, never from the name the uploader gave it.
 */
public final class AttachmentFiles {

    /** Tika's default detector: magic bytes, plus container inspection that tells DOCX and ODT from any ZIP. */
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private AttachmentFiles() {}

    /**
     * An upload on disk, not yet accepted. {@code size} is {@code limit + 1} when the upload was larger than the
     * limit; its bytes were then not kept and {@code detectedType} is empty.
     */
    public record Received(Path path, String storageKey, long size, String sha256, String detectedType) {}

    public static Received receive(long returnId, InputStream content, long limit) {
        String key = UUID.randomUUID().toString();
        Path target = path(returnId, key);
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(target)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > limit) {
                        break;
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size > limit) {
                Files.deleteIfExists(target);
                return new Received(target, key, limit + 1, "", "");
            }
            return new Received(target, key, size, HexFormat.of().formatHex(digest.digest()), detect(target));
        } catch (IOException e) {
            delete(target);
            throw new UncheckedIOException("The upload could not be stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path path(long returnId, String storageKey) {
        return DataDirectory.files()
                .resolve("returns")
                .resolve(String.valueOf(returnId))
                .resolve(storageKey);
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
