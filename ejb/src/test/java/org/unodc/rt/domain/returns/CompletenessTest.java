package org.unodc.rt.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.returns.Completeness.Row;
import org.unodc.rt.domain.returns.Completeness.StateReturnLine;
import org.unodc.rt.domain.state.RegionalGroup;

class CompletenessTest {

    static Map<String, RegionalGroup> expected() {
        Map<String, RegionalGroup> states = new LinkedHashMap<>();
        states.put("PER", RegionalGroup.LATIN_AMERICAN_CARIBBEAN);
        states.put("BRA", RegionalGroup.LATIN_AMERICAN_CARIBBEAN);
        states.put("ZAF", RegionalGroup.AFRICAN);
        states.put("EGY", RegionalGroup.AFRICAN);
        states.put("FRA", RegionalGroup.WESTERN_EUROPEAN_OTHERS);
        states.put("CHN", RegionalGroup.ASIA_PACIFIC);
        states.put("RUS", RegionalGroup.EASTERN_EUROPEAN);
        return states;
    }

    @Test
    void countsExpectedSubmittedOnTimeAndLateByRegionalGroupAndInTotal() {
        Completeness completeness = Completeness.of(
                expected(),
                List.of(
                        new StateReturnLine("PER", ReturnStatus.ACCEPTED, true),
                        new StateReturnLine("BRA", ReturnStatus.DRAFT, null),
                        new StateReturnLine("ZAF", ReturnStatus.SUBMITTED, false),
                        new StateReturnLine("EGY", ReturnStatus.CLARIFICATION_REQUESTED, true),
                        new StateReturnLine("FRA", ReturnStatus.SUBMITTED, true)));

        assertThat(completeness.groups())
                .containsExactly(
                        new Row(RegionalGroup.AFRICAN, 2, 2, 1, 1),
                        new Row(RegionalGroup.ASIA_PACIFIC, 1, 0, 0, 0),
                        new Row(RegionalGroup.EASTERN_EUROPEAN, 1, 0, 0, 0),
                        new Row(RegionalGroup.LATIN_AMERICAN_CARIBBEAN, 2, 1, 1, 0),
                        new Row(RegionalGroup.WESTERN_EUROPEAN_OTHERS, 1, 1, 1, 0));
        assertThat(completeness.total()).isEqualTo(new Row(null, 7, 4, 3, 1));
        assertThat(completeness.total().reportingRate()).isEqualTo(57.1);
        assertThat(completeness.total().onTimeRate()).isEqualTo(42.9);
        assertThat(completeness.total().missing()).isEqualTo(3);
    }

    @Test
    void aGroupWithNoStateHasARateOfZeroRatherThanADivisionByZero() {
        Completeness completeness = Completeness.of(Map.of(), List.of());

        assertThat(completeness.total().reportingRate()).isEqualTo(0.0);
    }

    @Test
    void aReturnOfAStateNotExpectedIsNotCounted() {
        Completeness completeness =
                Completeness.of(expected(), List.of(new StateReturnLine("XXX", ReturnStatus.SUBMITTED, true)));

        assertThat(completeness.total().submitted()).isZero();
    }
}
