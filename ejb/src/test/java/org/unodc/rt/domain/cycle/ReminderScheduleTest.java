package org.unodc.rt.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;

class ReminderScheduleTest {

    @Test
    void readsAndWritesTheDaysAsText() {
        ReminderSchedule schedule = ReminderSchedule.parse(" 3, 14 ,-1,3");

        assertThat(schedule.daysBefore()).containsExactly(14, 3, -1);
        assertThat(schedule.asText()).isEqualTo("14,3,-1");
        assertThat(ReminderSchedule.parse("").daysBefore()).isEmpty();
    }

    @Test
    void refusesWhatIsNotANumberOfDays() {
        assertThatThrownBy(() -> ReminderSchedule.parse("14, three"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("14,3,-1");
        assertThatThrownBy(() -> new ReminderSchedule(List.of(400))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void theLatestReminderThatHasComeIsDue() {
        ReminderSchedule schedule = ReminderSchedule.DEFAULT;
        LocalDate deadline = LocalDate.of(2026, 3, 31);

        assertThat(schedule.dueOn(deadline, LocalDate.of(2026, 3, 16))).isEmpty();
        assertThat(schedule.dueOn(deadline, LocalDate.of(2026, 3, 17))).contains(14);
        assertThat(schedule.dueOn(deadline, LocalDate.of(2026, 3, 23))).contains(14);
        assertThat(schedule.dueOn(deadline, LocalDate.of(2026, 3, 24)))
                .as("a week before")
                .contains(7);
        assertThat(schedule.dueOn(deadline, LocalDate.of(2026, 3, 27))).contains(7);
        assertThat(schedule.dueOn(deadline, LocalDate.of(2026, 3, 28))).contains(3);
        assertThat(schedule.dueOn(deadline, LocalDate.of(2026, 3, 31))).contains(3);
        assertThat(schedule.dueOn(deadline, LocalDate.of(2026, 4, 1))).contains(-1);
    }
}
