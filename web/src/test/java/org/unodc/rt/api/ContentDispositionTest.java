package org.unodc.rt.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void anAsciiNameIsGivenTwice() {
        assertThat(ContentDisposition.attachment("E-CN.15-2026-11.pdf"))
                .isEqualTo("attachment; filename=\"E-CN.15-2026-11.pdf\"; filename*=UTF-8''E-CN.15-2026-11.pdf");
    }

    @Test
    void aNameInAnyScriptArrivesAsWrittenThroughFilenameStar() {
        assertThat(ContentDisposition.of(true, "Ley \"30077\" Perú.pdf"))
                .isEqualTo(
                        "inline; filename=\"Ley _30077_ Peru.pdf\"; filename*=UTF-8''Ley%20%2230077%22%20Per%C3%BA.pdf");
        assertThat(ContentDisposition.attachment("قانون.pdf"))
                .startsWith("attachment; filename=\"_____.pdf\"; filename*=UTF-8''%D9%82");
    }
}
