package org.unodc.rt.infrastructure.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedUploadTest {

    private static final byte[] TEXT = "Ley 30077 contra el crimen organizado".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anAcceptedUploadIsMovedIntoPlaceWithItsSizeAndHash() throws IOException {
        Path kept;
        try (StagedUpload upload = StagedUpload.receive(directory, new ByteArrayInputStream(TEXT), 1024)) {
            assertThat(upload.path().getParent()).isEqualTo(directory);
            assertThat(upload.path().getFileName().toString())
                    .startsWith("upload-")
                    .endsWith(".part");
            assertThat(upload.size()).isEqualTo(TEXT.length);
            assertThat(upload.tooLarge()).isFalse();
            assertThat(upload.sha256()).hasSize(64);
            assertThat(upload.detectedType()).isEqualTo("text/plain");
            kept = upload.keepAs(directory.resolve("returns/12/key"));
        }

        assertThat(kept).hasBinaryContent(TEXT);
        assertThat(filesIn(directory)).isEqualTo(1);
    }

    @Test
    void aRefusedUploadLeavesNothing() throws IOException {
        try (StagedUpload upload = StagedUpload.receive(directory, new ByteArrayInputStream(TEXT), 1024)) {
            assertThat(upload.path()).exists();
        }

        assertThat(filesIn(directory)).isZero();
    }

    @Test
    void anUploadRefusedByAnExceptionLeavesNothing() throws IOException {
        assertThatThrownBy(() -> {
                    try (StagedUpload upload = StagedUpload.receive(directory, new ByteArrayInputStream(TEXT), 1024)) {
                        throw new IllegalArgumentException("refused " + upload.size());
                    }
                })
                .hasMessage("refused " + TEXT.length);

        assertThat(filesIn(directory)).isZero();
    }

    @Test
    void aTooLargeUploadKeepsOneByteOverTheLimitAndNoHashOrType() throws IOException {
        try (StagedUpload upload = StagedUpload.receive(directory, new ByteArrayInputStream(new byte[100_000]), 10)) {
            assertThat(upload.tooLarge()).isTrue();
            assertThat(upload.size()).isEqualTo(11);
            assertThat(upload.path()).hasSize(11);
            assertThat(upload.sha256()).isEmpty();
            assertThat(upload.detectedType()).isEmpty();
        }

        assertThat(filesIn(directory)).isZero();
    }
}
