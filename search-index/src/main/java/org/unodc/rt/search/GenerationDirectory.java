package org.unodc.rt.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * The index's folder on disk: a file {@code current} names the live generation ({@code gen-1}, {@code gen-2}, …), each
 * a complete Lucene index in a folder of that name. Apart from {@link IndexGenerations} so that the names and the
 * crash-safe switch of {@code current} are in one place.
 */
final class GenerationDirectory {

    private static final String CURRENT = "current";
    private static final String PREFIX = "gen-";

    private final Path root;

    GenerationDirectory(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
    }

    /** The live generation, or empty in a new folder (or one whose {@code current} names no generation). */
    Optional<String> current() throws IOException {
        Path current = root.resolve(CURRENT);
        if (!Files.exists(current)) {
            return Optional.empty();
        }
        String name = Files.readString(current, StandardCharsets.UTF_8).strip();
        return name.startsWith(PREFIX) ? Optional.of(name) : Optional.empty();
    }

    static String first() {
        return PREFIX + 1;
    }

    static String after(String name) {
        return PREFIX + (Integer.parseInt(name.substring(PREFIX.length())) + 1);
    }

    Path path(String name) {
        return root.resolve(name);
    }

    /** Written to a temporary file and moved into place, so a crash leaves the old or the new name. */
    void makeCurrent(String name) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(
                tmp,
                name,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes a generation's folder, if there is one. */
    void delete(String name) throws IOException {
        IOUtils.rm(path(name));
    }

    /** Leftovers of a rebuild that crashed before its swap. */
    void deleteAllBut(String keep) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(PREFIX) && !name.equals(keep) && Files.isDirectory(child)) {
                    delete(name);
                }
            }
        }
    }
}
