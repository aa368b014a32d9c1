package org.unodc.rt.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry in a resolution's history: who changed what, and when. */
@Entity
@Table(name = "resolution_revision")
public class ResolutionRevision implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resolution_id", nullable = false)
    private Long resolutionId;

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(name = "revised_by", length = 100, nullable = false)
    private String revisedBy;

    @Column(name = "summary", length = 2000, nullable = false)
    private String summary;

    protected ResolutionRevision() {}

    public ResolutionRevision(Long resolutionId, Instant revisedAt, String revisedBy, String summary) {
        this.resolutionId = resolutionId;
        this.revisedAt = revisedAt;
        this.revisedBy = revisedBy;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
    }

    public Long resolutionId() {
        return resolutionId;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public String revisedBy() {
        return revisedBy;
    }

    public String summary() {
        return summary;
    }
}
