package org.unodc.rt.domain.cycle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;

/**
 * When reminders go out, in days before the deadline: 14, 7 and 3 are two weeks, one week and three days before it,
 * -1 is the day after it. The default warns a week ahead, when a State can still get its clearance in time. Kept as text ("14,3,-1") because it is read and written as a whole.
 */
public record ReminderSchedule(List<Integer> daysBefore) {

    public static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(14, 7, 3, -1));

    public ReminderSchedule {
        if (daysBefore == null) {
            daysBefore = List.of();
        }
        if (daysBefore.stream().anyMatch(d -> d == null || d > 365 || d < -365)) {
            throw new InvalidValue(Explanation.of("reminders.outOfRange"));
        }
        daysBefore = daysBefore.stream().distinct().sorted((a, b) -> b - a).toList();
    }

    public static ReminderSchedule parse(String text) {
        if (text == null || text.isBlank()) {
            return new ReminderSchedule(List.of());
        }
        try {
            return new ReminderSchedule(Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Integer::valueOf)
                    .toList());
        } catch (NumberFormatException e) {
            throw new InvalidValue(Explanation.of("reminders.notNumbers", text));
        }
    }

    public String asText() {
        return daysBefore.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * The reminder due on {@code today} for a State whose deadline is {@code deadline}: the latest scheduled day that
     * has come. A check that missed a day still sends the reminder, once.
     */
    public Optional<Integer> dueOn(LocalDate deadline, LocalDate today) {
        return daysBefore.stream()
                .filter(d -> !deadline.minusDays(d).isAfter(today))
                .min(Integer::compare);
    }
}
