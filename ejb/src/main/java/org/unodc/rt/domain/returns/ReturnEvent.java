package org.unodc.rt.domain.returns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.Question;

/**
 * What happens to implementation returns, their attachments and citations, as the audit trail records it. The target
 * is always the return: the secretariat reads its trail on the return's page.
 */
public sealed interface ReturnEvent extends Audited {

    String TARGET_TYPE = "Return";

    Long returnId();

    @Override
    default String targetType() {
        return TARGET_TYPE;
    }

    @Override
    default String targetId() {
        return String.valueOf(returnId());
    }

    /** What was attempted on a return, for a refusal that carries it to the trail (no event of its own). */
    static Audited attempt(String action, Long returnId, String detail) {
        return Audited.attempt(action, TARGET_TYPE, String.valueOf(returnId), detail);
    }

    @AuditAction("RETURN_STARTED")
    record Started(Long returnId, String iso3, Long cycleId) implements ReturnEvent {
        @Override
        public String detail() {
            return iso3 + " in cycle " + cycleId;
        }
    }

    /** @param answers what was saved, by the label of the question it answers */
    @AuditAction("RETURN_SAVED")
    record Saved(Long returnId, Map<String, AnswerContent> answers) implements ReturnEvent {

        public static Saved of(Long returnId, Map<Question, AnswerContent> changes) {
            Map<String, AnswerContent> answers = new LinkedHashMap<>();
            changes.forEach((question, content) -> answers.put(question.label(), content));
            return new Saved(returnId, Collections.unmodifiableMap(answers));
        }

        /** Each answer's status and the length of its narrative, not the text itself. */
        @Override
        public String detail() {
            return answers.entrySet().stream()
                    .map(e -> e.getKey() + ": "
                            + (e.getValue().status() == null
                                    ? "no status"
                                    : e.getValue().status())
                            + (e.getValue().narrative() == null
                                    ? ""
                                    : ", narrative of "
                                            + e.getValue().narrative().length() + " characters"))
                    .collect(Collectors.joining("; "));
        }
    }

    @AuditAction("RETURN_SUBMITTED")
    record Submitted(Long returnId, int version, boolean onTime) implements ReturnEvent {
        @Override
        public String detail() {
            return "version " + version + (onTime ? ", on time" : ", late");
        }
    }

    /**
     * A focal point asked another focal point of the State to clear the return before it goes to the secretariat.
     */
    @AuditAction("RETURN_CLEARANCE_REQUESTED")
    record ClearanceRequested(Long returnId, String iso3) implements ReturnEvent {
        @Override
        public String detail() {
            return iso3 + " requires clearance by a second focal point";
        }
    }

    /** A second focal point cleared the return: it went to the secretariat as this version. */
    @AuditAction("RETURN_CLEARED")
    record Cleared(Long returnId, String requestedBy, int version) implements ReturnEvent {
        @Override
        public String detail() {
            return "asked for by " + requestedBy + "; submitted as version " + version;
        }
    }

    /** A second focal point sent the return back to the State's draft instead of clearing it. */
    @AuditAction("RETURN_CLEARANCE_REFUSED")
    record ClearanceRefused(Long returnId, String requestedBy) implements ReturnEvent {
        @Override
        public String detail() {
            return "asked for by " + requestedBy + "; back to the State for more work";
        }
    }

    /** A focal point gave questions to contributors of the State (or took them back: no user name). */
    @AuditAction("RETURN_ASSIGNED")
    record Assigned(Long returnId, String iso3, List<Change> changes) implements ReturnEvent {

        public record Change(Long questionId, String question, String username) {}

        @Override
        public String detail() {
            return changes.stream()
                    .map(c -> c.question() + " → " + (c.username() == null ? "focal points only" : c.username()))
                    .collect(Collectors.joining("; "));
        }
    }

    @AuditAction("RETURN_CARRIED_OVER")
    record CarriedOver(Long returnId, int answers) implements ReturnEvent {
        @Override
        public String detail() {
            return answers + " answers";
        }
    }

    @AuditAction("ATTACHMENT_UPLOADED")
    record AttachmentUploaded(
            Long returnId,
            String question,
            Long attachmentId,
            String fileName,
            String mediaType,
            long size,
            String sha256)
            implements ReturnEvent {
        @Override
        public String detail() {
            return question + ": " + fileName + " (" + mediaType + ", " + size + " bytes, sha-256 " + sha256
                    + ", attachment " + attachmentId + ")";
        }
    }

    @AuditAction("ATTACHMENT_REMOVED")
    record AttachmentRemoved(Long returnId, String question, Long attachmentId, String fileName)
            implements ReturnEvent {
        @Override
        public String detail() {
            return question + ": " + fileName + " (attachment " + attachmentId + ")";
        }
    }

    @AuditAction("CITATION_ADDED")
    record Cited(Long returnId, String question, Long documentId, String title) implements ReturnEvent {
        @Override
        public String detail() {
            return question + ": library document " + documentId + " (" + title + ")";
        }
    }

    @AuditAction("CITATION_REMOVED")
    record CitationRemoved(Long returnId, String question, Long documentId, String title) implements ReturnEvent {
        @Override
        public String detail() {
            return question + ": library document " + documentId + " (" + title + ")";
        }
    }

    /** @param questionPosition the question remarked on, or null for the whole return */
    @AuditAction("RETURN_COMMENTED")
    record Commented(Long returnId, Integer questionPosition, String body) implements ReturnEvent {
        @Override
        public String detail() {
            return (questionPosition == null ? "whole return" : "question " + questionPosition) + ": " + body;
        }
    }

    @AuditAction("RETURN_CLARIFICATION_REQUESTED")
    record ClarificationRequested(Long returnId, int version) implements ReturnEvent {
        @Override
        public String detail() {
            return "version " + version;
        }
    }

    @AuditAction("RETURN_ACCEPTED")
    record Accepted(Long returnId, int version) implements ReturnEvent {
        @Override
        public String detail() {
            return "version " + version;
        }
    }
}
