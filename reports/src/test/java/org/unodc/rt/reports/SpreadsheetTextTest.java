package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void everyFormulaStartIsWrittenAsText() {
        assertThat(SpreadsheetText.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetText.neutralise("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetText.neutralise("\rx")).isEqualTo("'\rx");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(SpreadsheetText.neutralise("Côte d'Ivoire")).isEqualTo("Côte d'Ivoire");
        assertThat(SpreadsheetText.neutralise("–")).isEqualTo("–");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }
}
