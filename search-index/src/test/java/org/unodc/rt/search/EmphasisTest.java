package org.unodc.rt.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmphasisTest {

    @Test
    void anOperativeVerbBetweenAsterisksBecomesEmphasis() {
        assertThat(Emphasis.toHtml("6. *Invites* Member States to *take note of* the report;"))
                .isEqualTo("6. <em>Invites</em> Member States to <em>take note of</em> the report;");
    }

    @Test
    void aHighlightedWordInsideAnEmphasisStaysMarked() {
        assertThat(Emphasis.toHtml("*<mark>Invites</mark>* Member States"))
                .isEqualTo("<em><mark>Invites</mark></em> Member States");
    }

    @Test
    void asterisksThatEmphasiseNothingStay() {
        assertThat(Emphasis.toHtml("E/CN.15/2019/L.5* and 2 * 3 = 6")).isEqualTo("E/CN.15/2019/L.5* and 2 * 3 = 6");
        assertThat(Emphasis.toHtml("no asterisk")).isEqualTo("no asterisk");
    }

    @Test
    void anExtractCutThroughAnEmphasisLosesTheHalfAsterisk() {
        assertThat(Emphasis.extractToHtml("vites* Member States to *consider* ratifying… *Urges"))
                .isEqualTo("vites Member States to <em>consider</em> ratifying… Urges");
    }

    @Test
    void aPlainTextIsEscapedFirst() {
        assertThat(Emphasis.plainTextToHtml("*Decides* <b>x</b> & y"))
                .isEqualTo("<em>Decides</em> &lt;b&gt;x&lt;/b&gt; &amp; y");
    }

    @Test
    void theTextStaysEscaped() {
        assertThat(Emphasis.toHtml("*Notes* &lt;script&gt;")).isEqualTo("<em>Notes</em> &lt;script&gt;");
    }
}
