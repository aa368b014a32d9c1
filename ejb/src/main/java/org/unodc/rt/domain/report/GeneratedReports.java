package org.unodc.rt.domain.report;

import java.util.List;
import java.util.Optional;

/** The repository of the reports the secretariat generated (their records; the files are on disk). */
public interface GeneratedReports {

    Optional<GeneratedReport> find(long id);

    /** The reports of one cycle, or of every cycle when {@code cycleId} is null, the newest first. */
    List<GeneratedReport> of(Long cycleId);

    /** Whether any report already carries this symbol. */
    boolean symbolTaken(String symbol);

    /** Adds a report's record; its id, which names its file, is known on return. */
    void add(GeneratedReport report);
}
