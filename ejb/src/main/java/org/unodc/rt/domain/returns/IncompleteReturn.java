package org.unodc.rt.domain.returns;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.unodc.rt.domain.InvalidValue;

/** A return cannot be submitted yet; each problem names the question it concerns. */
@ApplicationException(rollback = true)
public class IncompleteReturn extends InvalidValue {

    private final List<String> problems;

    public IncompleteReturn(List<String> problems) {
        super("The return cannot be submitted yet: " + String.join("; ", problems) + ".");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
