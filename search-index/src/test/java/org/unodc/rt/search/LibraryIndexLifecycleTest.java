package org.unodc.rt.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIndexLifecycleTest {

    @TempDir
    Path dir;

    private static List<String> ids(LibraryIndex index, String query) throws InvalidQueryException {
        return index.search(SearchRequest.of(query).withCrossLanguage(false)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    private static LibraryDocument retitled(LibraryDocument d, String title) {
        return new LibraryDocument(
                d.id(),
                d.type(),
                d.country(),
                d.regionalGroup(),
                title,
                d.titleEnglish(),
                d.date(),
                d.year(),
                d.languages(),
                d.status(),
                d.instruments(),
                d.articles(),
                d.crimeTypes(),
                d.resolutions(),
                d.links(),
                d.keywords(),
                d.sourceUrl(),
                d.texts());
    }

    @Test
    void aNewIndexIsEmpty() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            SearchResult result = index.search(SearchRequest.of("anything"));

            assertThat(result.total()).isZero();
            assertThat(result.facet(Facet.COUNTRY)).isEmpty();
            assertThat(index.stats()).isEqualTo(new IndexStats(0, 0, false));
            assertThat(index.suggestTitles("any", 5)).isEmpty();
        }
    }

    @Test
    void changesAreSearchableAfterRefresh() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.index(LibraryFixtures.ukProceedsOfCrime());
            index.refresh();

            assertThat(ids(index, "confiscation")).containsExactly("1");
        }
    }

    @Test
    void theBackgroundThreadMakesChangesVisibleWithinASecond() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.index(LibraryFixtures.ukProceedsOfCrime());

            awaitUntil(() -> index.stats().documents() == 1, Duration.ofSeconds(10));
            assertThat(ids(index, "confiscation")).containsExactly("1");
        }
    }

    @Test
    void reindexingReplacesInsteadOfDuplicating() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.index(LibraryFixtures.ukProceedsOfCrime());
            index.index(retitled(LibraryFixtures.ukProceedsOfCrime(), "Proceeds of Crime Act 2002 (consolidated)"));
            index.refresh();

            SearchResult result = index.search(SearchRequest.of("confiscation"));
            assertThat(result.total()).isEqualTo(1);
            assertThat(result.hits().get(0).title()).isEqualTo("Proceeds of Crime Act 2002 (consolidated)");
            assertThat(index.stats().documents()).isEqualTo(1);
        }
    }

    @Test
    void deleteRemovesTheDocument() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            LibraryFixtures.all().forEach(d -> indexQuietly(index, d));
            index.delete("1");
            index.delete("no-such-id");
            index.refresh();

            assertThat(ids(index, "confiscation")).containsExactly("2");
            assertThat(index.stats().documents()).isEqualTo(8);
        }
    }

    @Test
    void lastAppliedEventSurvivesCloseAndReopen() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertThat(index.getLastAppliedEvent()).isZero();
            index.index(LibraryFixtures.ukProceedsOfCrime());
            index.commit(17);
            // Applied but not committed: after a crash the caller replays from 17.
            index.index(LibraryFixtures.franceBlanchiment());
        }
        try (LibraryIndex reopened = LibraryIndex.open(dir)) {
            assertThat(reopened.getLastAppliedEvent()).isEqualTo(17);
            assertThat(reopened.stats()).isEqualTo(new IndexStats(2, 17, false));
        }
    }

    @Test
    void uncommittedChangesAreLostOnACrashButTheLastEventTellsWhereToReplayFrom() throws Exception {
        Path copy = dir.resolve("after-crash");
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("live"))) {
            index.index(LibraryFixtures.ukProceedsOfCrime());
            index.commit(5);
            index.index(LibraryFixtures.franceBlanchiment());
            index.refresh();
            // What the disk holds at this moment is what a crash would leave.
            copyTree(dir.resolve("live"), copy);
        }
        try (LibraryIndex recovered = LibraryIndex.open(copy)) {
            assertThat(recovered.getLastAppliedEvent()).isEqualTo(5);
            assertThat(recovered.stats().documents()).isEqualTo(1);
            // Replaying event 6 (index document 2) restores it; replaying twice does no harm.
            recovered.index(LibraryFixtures.franceBlanchiment());
            recovered.index(LibraryFixtures.franceBlanchiment());
            recovered.commit(6);
            recovered.refresh();
            assertThat(recovered.stats()).isEqualTo(new IndexStats(2, 6, false));
        }
    }

    @Test
    void rebuildReplacesTheIndexAndReportsProgress() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.index(LibraryFixtures.ukProceedsOfCrime());
            index.index(LibraryDocument.builder("99", DocumentType.STUDY, "INT", "Deleted from the database meanwhile")
                    .languages("en")
                    .build());
            index.commit(42);
            List<long[]> progress = new ArrayList<>();

            index.rebuild(
                    LibraryFixtures.all().stream().map(d -> d.id().equals("1") ? retitled(d, "Rebuilt title") : d),
                    9,
                    (done, total) -> progress.add(new long[] {done, total}));
            index.refresh();

            assertThat(progress.get(0)).containsExactly(0, 9);
            assertThat(progress.get(progress.size() - 1)).containsExactly(9, 9);
            assertThat(progress).extracting(p -> p[0]).isSorted();
            assertThat(index.stats()).isEqualTo(new IndexStats(9, 42, false));
            assertThat(index.search(SearchRequest.of("confiscation defendant"))
                            .hits()
                            .get(0)
                            .title())
                    .isEqualTo("Rebuilt title");
            assertThat(ids(index, "\"Deleted from the database\"")).isEmpty();
            try (Stream<Path> children = Files.list(dir)) {
                assertThat(children.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("current", "gen-2");
            }
        }
        try (LibraryIndex reopened = LibraryIndex.open(dir)) {
            assertThat(reopened.stats()).isEqualTo(new IndexStats(9, 42, false));
        }
    }

    @Test
    void changesMadeDuringARebuildAreKept() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            LibraryDocument added = LibraryDocument.builder("10", DocumentType.STUDY, "INT", "Added during the rebuild")
                    .languages("en")
                    .text("en", "Witness protection programmes.")
                    .build();
            Iterator<LibraryDocument> source = LibraryFixtures.all().iterator();
            Iterator<LibraryDocument> changingMeanwhile = new Iterator<>() {
                boolean changed;

                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public LibraryDocument next() {
                    if (!changed) {
                        changed = true;
                        indexQuietly(index, added);
                        try {
                            index.delete("2");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return source.next();
                }
            };

            index.rebuild(changingMeanwhile, 9, ProgressListener.NONE);
            index.refresh();

            assertThat(ids(index, "witness")).containsExactly("10");
            assertThat(ids(index, "blanchiments")).isEmpty();
            assertThat(index.stats().documents()).isEqualTo(9);
        }
    }

    @Test
    void aFailedRebuildLeavesTheLiveIndexAlone() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.index(LibraryFixtures.ukProceedsOfCrime());
            index.refresh();
            Iterator<LibraryDocument> failing = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public LibraryDocument next() {
                    throw new IllegalStateException("database connection lost");
                }
            };

            assertThatThrownBy(() -> index.rebuild(failing, 9, ProgressListener.NONE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("database connection lost");
            assertThat(index.stats()).isEqualTo(new IndexStats(1, 0, false));
            assertThat(ids(index, "confiscation")).containsExactly("1");
            try (Stream<Path> children = Files.list(dir)) {
                assertThat(children.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("current", "gen-1");
            }
        }
    }

    /** An index an earlier version wrote (no layout recorded, facets in one field) is rebuilt, not searched wrongly. */
    @Test
    void anIndexWrittenWithAnotherLayoutAsksForARebuild() throws Exception {
        Files.createDirectories(dir.resolve("gen-1"));
        Files.writeString(dir.resolve("current"), "gen-1");
        try (org.apache.lucene.store.Directory old = org.apache.lucene.store.FSDirectory.open(dir.resolve("gen-1"));
                org.apache.lucene.index.IndexWriter writer =
                        new org.apache.lucene.index.IndexWriter(old, new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(
                    IndexSchema.ID, "1", org.apache.lucene.document.Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(java.util.Map.of("lastAppliedEvent", "7").entrySet());
            writer.commit();
        }

        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.getLastAppliedEvent()).isEqualTo(7);
            index.index(LibraryFixtures.ukProceedsOfCrime());
            index.commit(8);
            assertThat(index.needsRebuild())
                    .as("a document added in the new layout does not make the old ones readable")
                    .isTrue();

            index.rebuild(LibraryFixtures.all().stream(), 9, (done, total) -> {});
            index.refresh();

            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.search(SearchRequest.of("").withFilter(Facet.COUNTRY, "FRA"))
                            .total())
                    .isPositive();
        }
        try (LibraryIndex reopened = LibraryIndex.open(dir)) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.getLastAppliedEvent()).isEqualTo(8);
        }
    }

    @Test
    void aNewIndexNeverAsksForARebuild() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertThat(index.needsRebuild()).isFalse();
            index.index(LibraryFixtures.ukProceedsOfCrime());
            index.commit(1);
            index.refresh();
            assertThat(index.needsRebuild()).isFalse();
        }
        try (LibraryIndex reopened = LibraryIndex.open(dir)) {
            assertThat(reopened.needsRebuild()).isFalse();
        }
    }

    @Test
    void aClosedIndexRefusesWork() throws Exception {
        LibraryIndex index = LibraryIndex.open(dir);
        index.close();
        index.close();

        assertThatThrownBy(() -> index.index(LibraryFixtures.ukProceedsOfCrime()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The library index is closed");
    }

    private static void indexQuietly(LibraryIndex index, LibraryDocument d) {
        try {
            index.index(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls a condition that a background thread makes true; fails after the timeout. */
    private static void awaitUntil(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not true within " + timeout);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
