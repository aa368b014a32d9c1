package org.unodc.rt.domain.resolution;

import jakarta.ejb.ApplicationException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;

/** A language version that cannot be aligned with its resolution; nothing of it is kept. */
@ApplicationException(rollback = true)
public class MisalignedVersion extends InvalidValue {

    private final VersionAlignment alignment;

    public MisalignedVersion(VersionAlignment alignment) {
        super(Explanation.of("version.misaligned", Explanation.list(alignment.problems())));
        this.alignment = alignment;
    }

    public VersionAlignment alignment() {
        return alignment;
    }
}
