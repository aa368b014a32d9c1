package org.unodc.rt.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload written to a temporary file in the directory where it will be kept, not yet accepted. The caller checks it
 * (size, type, content) and then {@link #keepAs keeps} it, a rename within one directory and so atomic; closing an
 * upload that was not kept deletes it. Used in try-with-resources, so nothing refused stays on disk, whatever refused
 * it. Temporary files are named {@code upload-*.part}; one left by a crash is removed by the {@link FileSweep}.
 */
public final class StagedUpload implements AutoCloseable {

    private final Path temporary;
    private final long limit;
    private final long size;
    private final String sha256;
    private boolean kept;

    private StagedUpload(Path temporary, long limit, long size, String sha256) {
        this.temporary = temporary;
        this.limit = limit;
        this.size = size;
        this.sha256 = sha256;
    }

    /**
     * Copies an upload into {@code directory}, at most one byte past {@code limit}: a huge body costs no more than
     * the limit, and is then {@link #tooLarge()}, its size {@code limit + 1} and its hash empty.
     */
    public static StagedUpload receive(Path directory, InputStream content, long limit) {
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(temporary)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    if (size + read > limit) {
                        // Keep exactly limit + 1 bytes: whoever checks the file sees that it is too large.
                        out.write(buffer, 0, (int) (limit + 1 - size));
                        return new StagedUpload(temporary, limit, limit + 1, "");
                    }
                    size += read;
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return new StagedUpload(temporary, limit, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            delete(temporary);
            throw new UncheckedIOException("The upload could not be stored", e);
        } catch (NoSuchAlgorithmException e) {
            delete(temporary);
            throw new IllegalStateException(e);
        }
    }

    /** The temporary file, to check before keeping it. */
    public Path path() {
        return temporary;
    }

    /** Bytes received; {@code limit + 1} when the upload was larger than the limit. */
    public long size() {
        return size;
    }

    public boolean tooLarge() {
        return size > limit;
    }

    /** SHA-256 of the content in hex; empty when the upload was too large. */
    public String sha256() {
        return sha256;
    }

    /**
     * The media type of the content, detected from its bytes with Apache Tika, never from the name the uploader gave
     * it; empty when the upload is empty or too large.
     */
    public String detectedType() {
        if (tooLarge()) {
            return "";
        }
        try {
            return AttachmentFiles.detect(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    /**
     * Moves the upload into place, atomically (same directory, or one beside it on the same file system), replacing a
     * file of the same name: for content-addressed files that is the same content. From now on the file is the
     * caller's.
     */
    public Path keepAs(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            kept = true;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        }
    }

    /** Deletes the temporary file unless it was kept. */
    @Override
    public void close() {
        if (!kept) {
            delete(temporary);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            AttachmentFiles.delete(file);
        }
    }
}
