package org.unodc.rt.infrastructure.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Removes the files of the files directory that no record points to: a library original replaced by another, the
 * file of an upload whose transaction failed after it was kept, a temporary file left by a crash. Only files last
 * changed before a cutoff go, so an upload in flight (staged, or kept but not yet committed) is never taken. Plain Java
 * over a directory and the names the database refers to; {@link FileSweeper} runs it every night.
 */
public final class FileSweep {

    private static final Logger LOG = Logger.getLogger(FileSweep.class.getName());

    /** What a sweep removed. */
    public record Swept(int files, long bytes) {}

    private FileSweep() {}

    /**
     * @param root the files directory; nothing happens if it does not exist
     * @param referenced the paths records point to, relative to {@code root} with {@code /} between names
     * @param cutoff files changed at or after this instant are kept, referenced or not
     */
    public static Swept sweep(Path root, Set<String> referenced, Instant cutoff) {
        if (!Files.isDirectory(root)) {
            return new Swept(0, 0);
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The files directory " + root + " could not be read", e);
        }
        int removed = 0;
        long bytes = 0;
        for (Path file : files) {
            if (referenced.contains(relative(root, file))) {
                continue;
            }
            try {
                if (!Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    continue;
                }
                long size = Files.size(file);
                if (Files.deleteIfExists(file)) {
                    removed++;
                    bytes += size;
                }
            } catch (IOException e) {
                // One file that cannot go (gone meanwhile, or not ours to delete) does not stop the sweep.
                LOG.log(Level.WARNING, "Could not remove the unreferenced file {0}: {1}", new Object[] {file, e});
            }
        }
        return new Swept(removed, bytes);
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
    }
}
