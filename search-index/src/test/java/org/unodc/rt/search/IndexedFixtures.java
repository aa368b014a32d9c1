package org.unodc.rt.search;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** For tests that search the library fixtures: all of them in an index of their own, opened and closed per test. */
abstract class IndexedFixtures {

    @TempDir
    Path dir;

    @AutoClose
    LibraryIndex index;

    @BeforeEach
    void indexFixtures() throws IOException {
        index = LibraryIndex.open(dir);
        for (LibraryDocument d : LibraryFixtures.all()) {
            index.index(d);
        }
        index.refresh();
    }
}
