package org.unodc.rt.infrastructure;

import java.nio.file.Path;

/**
 * Where the application keeps files outside the database: the search index and uploaded originals. Set with the
 * system property {@code rt.data.dir} or the environment variable {@code RT_DATA_DIR}; {@code ./data} otherwise.
 */
public final class DataDirectory {

    private DataDirectory() {}

    public static Path root() {
        String configured = System.getProperty("rt.data.dir", System.getenv("RT_DATA_DIR"));
        return Path.of(configured == null || configured.isBlank() ? "data" : configured)
                .toAbsolutePath();
    }

    public static Path index() {
        return root().resolve("index");
    }

    public static Path files() {
        return root().resolve("files");
    }
}
