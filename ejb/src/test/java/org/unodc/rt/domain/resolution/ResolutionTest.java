package org.unodc.rt.domain.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.resolution.text.Addressee;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;

class ResolutionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private Resolution resolution() {
        return new Resolution(
                ResolutionBody.ECOSOC,
                "2013/38",
                "Combating transnational organized crime and its possible links to illicit trafficking in precious metals",
                ResolutionStatus.ADOPTED,
                NOW);
    }

    @Test
    void paragraphsThatDirectMemberStatesInTheOpeningOrATrailingClauseBecomeQuestions() {
        Resolution resolution = resolution();
        resolution.addOperativeParagraph(
                1,
                "Encourages",
                List.of(Addressee.MEMBER_STATES),
                "Member States",
                "Encourages Member States to adopt measures",
                List.of(),
                List.of());
        resolution.addOperativeParagraph(
                2,
                "Requests",
                List.of(Addressee.UNODC),
                "the Office",
                "Requests the Office to assist, and invites Member States to share experience",
                List.of(new Directive("invites", List.of(Addressee.MEMBER_STATES), "Member States")),
                List.of());
        resolution.addOperativeParagraph(3, "Welcomes", List.of(), null, "Welcomes the report", List.of(), List.of());

        assertThat(resolution.paragraphsForMemberStates())
                .extracting(OperativeParagraph::number)
                .containsExactly(1, 2);
    }

    @Test
    void aParagraphNumberAppearsOnlyOnce() {
        Resolution resolution = resolution();
        resolution.addOperativeParagraph(1, "Notes", List.of(), null, "Notes", List.of(), List.of());

        assertThatThrownBy(() ->
                        resolution.addOperativeParagraph(1, "Notes", List.of(), null, "Again", List.of(), List.of()))
                .hasMessage("Operative paragraph 1 appears twice.");
    }

    @Test
    void aDraftHasNoNumberYet() {
        assertThatThrownBy(() -> new Resolution(ResolutionBody.CCPCJ, "28/1", "Title", ResolutionStatus.DRAFT, NOW))
                .hasMessageContaining("A draft has no resolution number yet");
    }

    @Test
    void aResolutionDoesNotCiteItself() {
        Resolution resolution = resolution();

        resolution.replaceCitations(List.of("2012/19", "2013/38", "66/181"));

        assertThat(resolution.citedResolutions()).containsExactlyInAnyOrder("2012/19", "66/181");
    }

    @Test
    void addresseesAreStoredAsOneColumnAndReadBack() {
        AddresseeListConverter converter = new AddresseeListConverter();

        String column = converter.convertToDatabaseColumn(List.of(Addressee.MEMBER_STATES, Addressee.DONORS));

        assertThat(column).isEqualTo("MEMBER_STATES,DONORS");
        assertThat(converter.convertToEntityAttribute(column))
                .containsExactly(Addressee.MEMBER_STATES, Addressee.DONORS);
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }
}
