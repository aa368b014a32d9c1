package org.unodc.rt.domain.cycle;

import java.time.LocalDate;
import java.util.Optional;
import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;

/** What happens to reporting cycles, as the audit trail records it. The target is always the cycle. */
public sealed interface CycleEvent extends Audited {

    Long cycleId();

    @Override
    default String targetType() {
        return "ReportingCycle";
    }

    @Override
    default String targetId() {
        return String.valueOf(cycleId());
    }

    @AuditAction("CYCLE_CREATED")
    record Created(Long cycleId, int sessionOrdinal, int questions, LocalDate deadline) implements CycleEvent {
        @Override
        public String detail() {
            return "session " + sessionOrdinal + ", " + questions + " questions, deadline " + deadline;
        }
    }

    /** @param questions how many questions the resolution's paragraphs gave */
    @AuditAction("CYCLE_RESOLUTION_COVERED")
    record ResolutionCovered(Long cycleId, Long resolutionId, int questions) implements CycleEvent {
        @Override
        public String detail() {
            return "resolution " + resolutionId + ", " + questions + " questions";
        }
    }

    /** @param detail the question's text */
    @AuditAction("CYCLE_QUESTION_ADDED")
    record QuestionAdded(Long cycleId, String detail) implements CycleEvent {}

    @AuditAction("CYCLE_QUESTION_EDITED")
    record QuestionEdited(Long cycleId, String label, boolean mandatory, String text) implements CycleEvent {
        @Override
        public String detail() {
            return label + (mandatory ? ", mandatory" : "") + ": " + text;
        }
    }

    /** @param text the wording in that language; blank when it was removed */
    @AuditAction("CYCLE_QUESTION_TRANSLATED")
    record QuestionTranslated(Long cycleId, String label, String language, String text) implements CycleEvent {
        @Override
        public String detail() {
            return label + ", " + language + (text == null || text.isBlank() ? " removed" : ": " + text);
        }
    }

    @AuditAction("CYCLE_TITLE_TRANSLATED")
    record TitleTranslated(Long cycleId, String language, String title) implements CycleEvent {
        @Override
        public String detail() {
            return language + (title == null || title.isBlank() ? " removed" : ": " + title);
        }
    }

    /** @param detail the question's label as it was (its numbers change once it is gone) */
    @AuditAction("CYCLE_QUESTION_REMOVED")
    record QuestionRemoved(Long cycleId, String detail) implements CycleEvent {}

    /** @param reminders the schedule as text, e.g. {@code 14,3,-1} */
    @AuditAction("CYCLE_SCHEDULED")
    record Scheduled(Long cycleId, LocalDate opensOn, LocalDate deadline, String reminders) implements CycleEvent {
        @Override
        public String detail() {
            return "opens " + opensOn + ", deadline " + deadline + ", reminders " + reminders;
        }
    }

    @AuditAction("CYCLE_PUBLISHED")
    record Published(Long cycleId, int questions) implements CycleEvent {
        @Override
        public String detail() {
            return questions + " questions frozen";
        }
    }

    /** The focal points are told by e-mail once the opening commits (see the application's CycleOpened). */
    @AuditAction("CYCLE_OPENED")
    record Opened(Long cycleId) implements CycleEvent {}

    @AuditAction("CYCLE_CLOSED")
    record Closed(Long cycleId) implements CycleEvent {}

    @AuditAction("DEADLINE_EXTENDED")
    record DeadlineExtended(Long cycleId, String iso3, LocalDate extendedTo) implements CycleEvent {
        @Override
        public String detail() {
            return iso3 + " until " + extendedTo;
        }
    }

    /**
     * A State's focal points were reminded of its deadline.
     *
     * @param daily sent by the daily check, which no one signed in runs; otherwise the secretariat ran the check
     */
    @AuditAction("REMINDER_SENT")
    record ReminderSent(Long cycleId, String iso3, int daysBefore, int messages, boolean daily) implements CycleEvent {
        @Override
        public String detail() {
            return iso3 + ", " + daysBefore + " days before the deadline, " + messages + " messages";
        }

        @Override
        public Optional<String> actor() {
            return daily ? Optional.of("system") : Optional.empty();
        }
    }
}
