package org.unodc.rt.domain.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.DocumentType;

class LibraryDocumentTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static LibraryDocument law() {
        return new LibraryDocument(
                DocumentType.LEGISLATION,
                "ken",
                "Proceeds of Crime and Anti-Money Laundering Act",
                List.of("en"),
                "secretariat",
                NOW);
    }

    @Test
    void crimeTypesComeFromTheControlledList() {
        LibraryDocument law = law();

        law.replaceTags(TagKind.CRIME_TYPE, Set.of("money-laundering", "corruption"));

        assertThat(law.tags(TagKind.CRIME_TYPE)).containsExactly("corruption", "money-laundering");
    }

    @Test
    void aCrimeTypeOutsideTheListIsRefusedWithTheListAndNothingChanges() {
        LibraryDocument law = law();
        law.replaceTags(TagKind.CRIME_TYPE, Set.of("money-laundering"));

        assertThatThrownBy(() -> law.replaceTags(TagKind.CRIME_TYPE, Set.of("corruption", "moneylaundering")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"moneylaundering\" is not a crime type of the controlled list")
                .hasMessageContaining("precious-metals-trafficking");
        assertThat(law.tags(TagKind.CRIME_TYPE)).containsExactly("money-laundering");
    }

    @Test
    void keywordsAreFree() {
        LibraryDocument law = law();

        law.replaceTags(TagKind.KEYWORD, Set.of("anything a researcher would type"));

        assertThat(law.tags(TagKind.KEYWORD)).containsExactly("anything a researcher would type");
    }

    @Test
    void theCountryIsAnIsoCodeAndIsStoredInCapitals() {
        assertThat(law().country()).isEqualTo("KEN");
        assertThatThrownBy(() -> law().describe(
                                DocumentType.LEGISLATION,
                                "Kenya",
                                "Title",
                                null,
                                null,
                                null,
                                List.of("en"),
                                null,
                                null))
                .hasMessageContaining("ISO 3166 alpha-3")
                .hasMessageContaining("Kenya");
    }

    @Test
    void onlyLegislationHasAStatusAndTheYearFollowsTheDate() {
        LibraryDocument law = law();
        law.describe(
                DocumentType.LEGISLATION,
                "KEN",
                "Act",
                null,
                LocalDate.of(2009, 12, 31),
                null,
                List.of("en"),
                DocumentStatus.IN_FORCE,
                null);
        assertThat(law.year()).isEqualTo(2009);

        assertThatThrownBy(() -> law.describe(
                        DocumentType.CASE_LAW,
                        "KEN",
                        "Judgment",
                        null,
                        null,
                        null,
                        List.of("en"),
                        DocumentStatus.IN_FORCE,
                        null))
                .hasMessageContaining("Only legislation");
        assertThatThrownBy(() -> law.describe(
                        DocumentType.LEGISLATION,
                        "KEN",
                        "Act",
                        null,
                        LocalDate.of(2009, 12, 31),
                        2010,
                        List.of("en"),
                        null,
                        null))
                .hasMessageContaining("does not match the date");
    }

    @Test
    void aDocumentWithoutTextCannotBePublished() {
        LibraryDocument law = law();

        assertThatThrownBy(law::publish).hasMessageContaining("Add the text");
        assertThat(law.published()).isFalse();

        law.replaceText("An Act to provide for the offence of money laundering.");
        law.publish();
        assertThat(law.published()).isTrue();

        law.withdraw();
        assertThat(law.published()).isFalse();
    }
}
