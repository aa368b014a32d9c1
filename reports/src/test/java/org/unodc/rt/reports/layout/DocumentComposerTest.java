package org.unodc.rt.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentComposerTest {

    @Test
    void headingsAreNumberedAsInUnDocuments() {
        assertThat(Numbering.roman(4)).isEqualTo("IV");
        assertThat(Numbering.roman(14)).isEqualTo("XIV");
        assertThat(Numbering.letter(1)).isEqualTo("A");
        assertThat(Numbering.letter(27)).isEqualTo("AA");
    }

    @Test
    void headingsAreBookmarkedUnderTheirOwnLabel() {
        Block heading = Block.heading(Block.Kind.HEADING_1, "III.", "Measures reported");
        assertThat(heading.anchor()).isEqualTo("III. Measures reported");
        assertThat(heading.cell(3)).isEmpty();
    }
}
