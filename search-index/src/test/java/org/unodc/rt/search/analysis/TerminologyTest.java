package org.unodc.rt.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminologyTest {

    private final Terminology terminology = Terminology.standard();

    @Test
    void everyConceptHasATermInEachOfTheSixLanguages() {
        assertThat(terminology.concepts()).hasSizeGreaterThanOrEqualTo(25);
        for (Terminology.Concept concept : terminology.concepts()) {
            assertThat(concept.terms().keySet()).as(concept.id()).containsExactlyInAnyOrderElementsOf(Languages.UN);
        }
    }

    @Test
    void theConventionsKeyTermsAreThere() {
        assertThat(terminology.concepts())
                .extracting(Terminology.Concept::id)
                .contains(
                        "money-laundering",
                        "proceeds-of-crime",
                        "mutual-legal-assistance",
                        "confiscation",
                        "seizure",
                        "freezing",
                        "extradition",
                        "precious-metals",
                        "illegal-mining",
                        "trafficking-in-persons",
                        "smuggling-of-migrants",
                        "firearms",
                        "organized-criminal-group",
                        "serious-crime",
                        "corruption",
                        "bribery",
                        "witness-protection",
                        "special-investigative-techniques",
                        "joint-investigations",
                        "liability-of-legal-persons",
                        "international-cooperation",
                        "asset-recovery",
                        "cybercrime",
                        "wildlife-trafficking",
                        "cultural-property");
    }

    @Test
    void preferredTermsAreTheOfficialOnes() {
        Terminology.Concept mla = terminology.concept("mutual-legal-assistance").orElseThrow();

        assertThat(mla.preferred("ar")).isEqualTo("المساعدة القانونية المتبادلة");
        assertThat(mla.preferred("zh")).isEqualTo("司法协助");
        assertThat(mla.preferred("en")).isEqualTo("mutual legal assistance");
        assertThat(mla.preferred("fr")).isEqualTo("entraide judiciaire");
        assertThat(mla.preferred("ru")).isEqualTo("взаимная правовая помощь");
        assertThat(mla.preferred("es")).isEqualTo("asistencia judicial recíproca");
        assertThat(terminology.concept("money-laundering").orElseThrow().terms().get("es"))
                .contains("blanqueo de dinero", "lavado de activos");
    }

    @Test
    void parsesTheTsvLayout() throws IOException {
        Terminology parsed = Terminology.parse(
                new StringReader("# comment\nconcept\tar\tzh\ten\tfr\tru\tes\nx\tا\t甲\ta | b\tc\td\t\n"));

        assertThat(parsed.concepts()).hasSize(1);
        assertThat(parsed.concepts().get(0).terms().get("en")).isEqualTo(List.of("a", "b"));
        assertThat(parsed.concepts().get(0).terms()).doesNotContainKey("es");
        assertThatThrownBy(() -> Terminology.parse(new StringReader("concept\ten\nx\ty\tz\n")))
                .isInstanceOf(IOException.class)
                .hasMessage("Line 2 has 3 columns, expected 2");
    }
}
