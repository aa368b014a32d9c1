package org.unodc.rt.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;

class CommissionSessionTest {

    @Test
    void aPlannedSessionKeepsItsDatesAndPlace() {
        CommissionSession session =
                CommissionSession.plan(37, 2028, LocalDate.of(2028, 5, 15), LocalDate.of(2028, 5, 19), " Vienna ");

        assertThat(session.ordinal()).isEqualTo(37);
        assertThat(session.year()).isEqualTo(2028);
        assertThat(session.startDate()).isEqualTo(LocalDate.of(2028, 5, 15));
        assertThat(session.place()).isEqualTo("Vienna");
    }

    @Test
    void datesMayStayOpenButNotHalfOpen() {
        assertThat(CommissionSession.plan(37, 2028, null, null, "Vienna").startDate())
                .isNull();
        assertThatThrownBy(() -> CommissionSession.plan(37, 2028, LocalDate.of(2028, 5, 15), null, "Vienna"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("both");
    }

    @Test
    void aSessionCannotEndBeforeItStartsNorFallOutsideItsYear() {
        assertThatThrownBy(() -> CommissionSession.plan(
                        37, 2028, LocalDate.of(2028, 5, 19), LocalDate.of(2028, 5, 15), "Vienna"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> CommissionSession.plan(
                        37, 2028, LocalDate.of(2027, 5, 15), LocalDate.of(2027, 5, 19), "Vienna"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("held in 2028");
    }

    @Test
    void yearOrdinalAndPlaceAreChecked() {
        assertThatThrownBy(() -> CommissionSession.plan(0, 2028, null, null, "Vienna"))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> CommissionSession.plan(37, 1991, null, null, "Vienna"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("1992");
        assertThatThrownBy(() -> CommissionSession.plan(37, 2028, null, null, "  "))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("where");
    }

    @Test
    void replanningChangesYearDatesAndPlace() {
        CommissionSession session = CommissionSession.plan(37, 2028, null, null, "Vienna");

        session.replan(2029, LocalDate.of(2029, 4, 2), LocalDate.of(2029, 4, 6), "New York");

        assertThat(session.year()).isEqualTo(2029);
        assertThat(session.endDate()).isEqualTo(LocalDate.of(2029, 4, 6));
        assertThat(session.place()).isEqualTo("New York");
    }

    @Test
    void reportsAreNumberedFromTheSessionsSequenceWhichTheSecretariatSets() {
        CommissionSession session = CommissionSession.plan(35, 2026, null, null, "Vienna");

        // number 1 is the provisional agenda's
        assertThat(session.allocateReportSymbol()).isEqualTo("E/CN.15/2026/2");
        session.numberReportsFrom(11);
        assertThat(session.allocateReportSymbol()).isEqualTo("E/CN.15/2026/11");
        assertThat(session.allocateReportSymbol()).isEqualTo("E/CN.15/2026/12");
        assertThat(session.nextReportNumber()).isEqualTo(13);
        assertThatThrownBy(() -> session.numberReportsFrom(1)).isInstanceOf(InvalidValue.class);
    }
}
