package org.unodc.rt.domain.resolution;

import java.util.Optional;
import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;

/** What happens to resolutions in the catalogue, as the audit trail records it. */
public sealed interface ResolutionEvent extends Audited {

    Long resolutionId();

    /** Done by the platform itself (the demo seeds at start-up) rather than by someone signed in. */
    boolean bySystem();

    @Override
    default String targetType() {
        return "Resolution";
    }

    @Override
    default String targetId() {
        return String.valueOf(resolutionId());
    }

    @Override
    default Optional<String> actor() {
        return bySystem() ? Optional.of("system") : Optional.empty();
    }

    /** Saved from a confirmed structure, with the draft it contains if any. */
    @AuditAction("RESOLUTION_CREATED")
    record Created(Long resolutionId, String number, String title, boolean bySystem) implements ResolutionEvent {
        @Override
        public String detail() {
            return (number == null ? "draft" : number) + ": " + title;
        }
    }

    /** @param detail what the correction changed, as the resolution's history keeps it */
    @AuditAction("RESOLUTION_CORRECTED")
    record Corrected(Long resolutionId, String detail, boolean bySystem) implements ResolutionEvent {}

    /** A text in one language held as a version of the resolution, replacing the one held before if any. */
    @AuditAction("RESOLUTION_VERSION_HELD")
    record VersionHeld(Long resolutionId, String language, int preamble, int operative, boolean replaced)
            implements ResolutionEvent {
        @Override
        public boolean bySystem() {
            return false;
        }

        @Override
        public String detail() {
            return language + (replaced ? " version replaced: " : " version added: ") + preamble + " preambular, "
                    + operative + " operative paragraphs";
        }
    }
}
