package org.unodc.rt.infrastructure.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSweepTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:15:00Z");
    private static final Instant CUTOFF = NOW.minus(Duration.ofHours(1));

    @TempDir
    Path files;

    private Path file(String relative, int bytes, Instant changed) throws IOException {
        Path file = files.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
        Files.setLastModifiedTime(file, FileTime.from(changed));
        return file;
    }

    @Test
    void filesNoRecordPointsToGoOnceAnHourOldAndReferencedOnesStay() throws IOException {
        Path original = file("3f2a9c", 100, NOW.minus(Duration.ofDays(30)));
        Path replacedOriginal = file("77b0e1", 250, NOW.minus(Duration.ofDays(2)));
        Path attachment = file("returns/12/7d1e-key", 300, NOW.minus(Duration.ofDays(3)));
        Path leftByARollback = file("returns/12/9a4c-key", 400, NOW.minus(Duration.ofHours(2)));
        Path leftByACrash = file("returns/13/upload-123.part", 50, NOW.minus(Duration.ofHours(5)));

        FileSweep.Swept swept = FileSweep.sweep(files, Set.of("3f2a9c", "returns/12/7d1e-key"), CUTOFF);

        assertThat(swept).isEqualTo(new FileSweep.Swept(3, 250 + 400 + 50));
        assertThat(original).exists();
        assertThat(attachment).exists();
        assertThat(replacedOriginal).doesNotExist();
        assertThat(leftByARollback).doesNotExist();
        assertThat(leftByACrash).doesNotExist();
    }

    @Test
    void anUploadInFlightIsLeftAlone() throws IOException {
        Path staged = file("returns/12/upload-456.part", 10, NOW.minus(Duration.ofMinutes(5)));
        Path keptNotYetCommitted = file("a1b2c3", 20, NOW.minus(Duration.ofMinutes(59)));

        FileSweep.Swept swept = FileSweep.sweep(files, Set.of(), CUTOFF);

        assertThat(swept).isEqualTo(new FileSweep.Swept(0, 0));
        assertThat(staged).exists();
        assertThat(keptNotYetCommitted).exists();
    }

    @Test
    void noFilesDirectoryYetIsNothingToSweep() {
        assertThat(FileSweep.sweep(files.resolve("files"), Set.of(), CUTOFF)).isEqualTo(new FileSweep.Swept(0, 0));
    }
}
