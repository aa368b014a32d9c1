package org.unodc.rt.infrastructure;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the application keeps files outside the database. Each server has its own data directory (the search index,
 * the H2 file when there is one, temporary files): the system property {@code rt.data.dir} or the environment variable
 * {@code RT_DATA_DIR}; {@code ./data} otherwise. Files every server of a cluster must read (uploaded originals and
 * attachments, generated reports) are in the shared directory: {@code rt.shared.dir} or {@code RT_SHARED_DIR}, a
 * directory all servers mount (NFS, say); the data directory when it is not set, as on a single server.
 */
public final class DataDirectory {

    private DataDirectory() {}

    public static Path root() {
        return configured("rt.data.dir", "RT_DATA_DIR").orElse(Path.of("data")).toAbsolutePath();
    }

    /** The directory every server of a cluster shares; the data directory on a single server. */
    public static Path shared() {
        return configured("rt.shared.dir", "RT_SHARED_DIR")
                .map(Path::toAbsolutePath)
                .orElseGet(DataDirectory::root);
    }

    public static Path index() {
        return root().resolve("index");
    }

    /** Uploaded originals and attachments. */
    public static Path files() {
        return shared().resolve("files");
    }

    /** Generated reports. */
    public static Path reports() {
        return shared().resolve("reports");
    }

    private static Optional<Path> configured(String property, String variable) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
