package org.unodc.rt.infrastructure.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A job's run on a day, claimed by the server that does it. */
@Entity
@Table(name = "scheduled_run")
public class ScheduledRun {

    /** The job and the day: one row, so one run, per cluster. */
    @Embeddable
    public record Key(
            @Column(name = "job", length = 60, nullable = false) String job,
            @Column(name = "run_on", nullable = false) LocalDate runOn)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "node", length = 100, nullable = false, updatable = false)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    protected ScheduledRun() {}

    ScheduledRun(Key key, String node, Instant startedAt) {
        this.key = key;
        this.node = node;
        this.startedAt = startedAt;
    }

    public String node() {
        return node;
    }
}
