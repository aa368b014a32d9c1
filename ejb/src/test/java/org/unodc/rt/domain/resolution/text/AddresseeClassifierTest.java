package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.domain.resolution.text.Addressee.DONORS;
import static org.unodc.rt.domain.resolution.text.Addressee.EXECUTIVE_DIRECTOR;
import static org.unodc.rt.domain.resolution.text.Addressee.MEMBER_STATES;
import static org.unodc.rt.domain.resolution.text.Addressee.OTHER;
import static org.unodc.rt.domain.resolution.text.Addressee.SECRETARY_GENERAL;
import static org.unodc.rt.domain.resolution.text.Addressee.UNICRI;
import static org.unodc.rt.domain.resolution.text.Addressee.UNODC;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddresseeClassifierTest {

    private static AddresseeClassifier.Result invites(String rest) {
        return AddresseeClassifier.classify("invites", rest);
    }

    @Test
    void mapsThePhrasesOfTheGenre() {
        assertThat(invites("Member States to act").codes()).containsExactly(MEMBER_STATES);
        assertThat(invites("States parties to act").codes()).containsExactly(MEMBER_STATES);
        assertThat(invites("all States to act").codes()).containsExactly(MEMBER_STATES);
        assertThat(invites("Governments to act").codes()).containsExactly(MEMBER_STATES);
        assertThat(invites("States to act").codes()).containsExactly(MEMBER_STATES);
        assertThat(invites("the United Nations Office on Drugs and Crime to act")
                        .codes())
                .containsExactly(UNODC);
        assertThat(invites("the Office to act").codes()).containsExactly(UNODC);
        assertThat(invites("the Executive Director to act").codes()).containsExactly(EXECUTIVE_DIRECTOR);
        assertThat(invites("the Secretary-General to act").codes()).containsExactly(SECRETARY_GENERAL);
        assertThat(invites("the United Nations Interregional Crime and Justice Research Institute to act")
                        .codes())
                .containsExactly(UNICRI);
        assertThat(invites("donors to act").codes()).containsExactly(DONORS);
        assertThat(invites("other donors to act").codes()).containsExactly(DONORS);
        assertThat(invites("Member States and other donors to act").codes()).containsExactly(MEMBER_STATES, DONORS);
        assertThat(invites("the Conference of the Parties to the Convention to act")
                        .codes())
                .containsExactly(OTHER);
        assertThat(invites("relevant international organizations to act").codes())
                .containsExactly(OTHER);
        assertThat(invites("the private sector to act").codes()).containsExactly(OTHER);
    }

    @Test
    void keepsTheRawPhrase() {
        AddresseeClassifier.Result r =
                invites("the Secretary-General and the Executive Director, within existing " + "resources, to act");
        assertThat(r.codes()).containsExactly(SECRETARY_GENERAL, EXECUTIVE_DIRECTOR);
        assertThat(r.text()).isEqualTo("the Secretary-General and the Executive Director");
        assertThat(invites("the Office of the High Commissioner for Human Rights to act")
                        .codes())
                .containsExactly(OTHER);
    }

    @Test
    void objectsThatAreNoAddressees() {
        assertThat(AddresseeClassifier.classify("encourages", "the use of the tools developed")
                        .codes())
                .isEmpty();
        assertThat(AddresseeClassifier.classify("encourages", "further research on the links")
                        .codes())
                .isEmpty();
        assertThat(invites("them to act").pronoun()).isTrue();
    }

    @Test
    void recommendsToAndThatClauses() {
        AddresseeClassifier.Result to = AddresseeClassifier.classify(
                "recommends", "to the General Assembly the adoption of the following draft resolution:");
        assertThat(to.codes()).containsExactly(OTHER);
        assertThat(to.text()).isEqualTo("the General Assembly");
        AddresseeClassifier.Result that =
                AddresseeClassifier.classify("recommends", "that Member States consider ratifying the Convention");
        assertThat(that.codes()).isEqualTo(List.of(MEMBER_STATES));
        assertThat(that.text()).isEqualTo("Member States");
    }
}
