package org.unodc.rt.application.progress;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A Member State's profile: its standing towards each instrument, its return in every cycle, the latest published
 * status per resolution paragraph and its library documents; for the secretariat also its focal points, open
 * clarification requests and the history of its returns ({@link #secretariat} is null for everybody else).
 */
public record StateProfile(
        String iso3,
        Map<String, String> names,
        String regionalGroup,
        List<Party> partyStatus,
        List<Cycle> cycles,
        List<Paragraph> paragraphs,
        List<Document> documents,
        ForSecretariat secretariat)
        implements Serializable {

    /** Standing towards one instrument, with its source ("UNTC", "SECRETARIAT", "DEMO") and as-of day. */
    public record Party(
            String instrument,
            String instrumentName,
            String action,
            boolean party,
            LocalDate date,
            LocalDate signed,
            String source,
            LocalDate asOf)
            implements Serializable {}

    /** A cycle and the State's return in it; the return's fields are null when the State has not started one. */
    public record Cycle(
            long cycleId,
            String title,
            int session,
            String cycleStatus,
            LocalDate opensOn,
            LocalDate deadline,
            String returnStatus,
            Instant firstSubmittedAt,
            Instant lastSubmittedAt,
            Boolean onTime,
            Instant acceptedAt)
            implements Serializable {}

    /**
     * The latest status the reader may read for one resolution paragraph, from the State's latest accepted return
     * that answered it; the narrative only where the State allowed it to be published (or for the secretariat).
     */
    public record Paragraph(
            long resolutionId,
            String resolution,
            int paragraph,
            String status,
            String narrative,
            long cycleId,
            String cycle)
            implements Serializable {}

    public record Document(
            long id, String type, String title, String titleEnglish, Integer year, List<String> languages)
            implements Serializable {}

    public record ForSecretariat(
            List<FocalPointLine> focalPoints, List<Clarification> openClarifications, List<Submission> returnHistory)
            implements Serializable {}

    public record FocalPointLine(String name, String email) implements Serializable {}

    /** A return sent back to the State and not answered yet. */
    public record Clarification(long returnId, long cycleId, String cycle, Instant requestedAt, String requestedBy)
            implements Serializable {}

    /** One submitted version of one of the State's returns. */
    public record Submission(
            long returnId,
            long cycleId,
            String cycle,
            int version,
            Instant submittedAt,
            String submittedBy,
            boolean onTime)
            implements Serializable {}
}
