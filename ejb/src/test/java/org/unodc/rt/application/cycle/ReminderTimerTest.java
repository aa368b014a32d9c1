package org.unodc.rt.application.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The daily reminder check's time of day, as an operator sets it (rt.reminders.at). */
class ReminderTimerTest {

    @Test
    void sixInTheMorningUnlessSet() {
        assertThat(ReminderTimer.at(null)).isEqualTo(LocalTime.of(6, 0));
        assertThat(ReminderTimer.at(" ")).isEqualTo(LocalTime.of(6, 0));
    }

    @Test
    void aTimeOfDayIsTakenAsWritten() {
        assertThat(ReminderTimer.at(" 07:30 ")).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void aValueThatIsNoTimeOfDayStopsTheStartWithWhatIsWrong() {
        assertThatThrownBy(() -> ReminderTimer.at("6 am"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rt.reminders.at must be a time of day such as 06:00, not \"6 am\"");
    }
}
