package org.unodc.rt.domain.returns;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;

/** A return cannot be submitted yet; each problem names the question it concerns. */
@ApplicationException(rollback = true)
public class IncompleteReturn extends InvalidValue {

    private final List<Explanation> problems;

    /** @param problems at least one */
    public IncompleteReturn(List<Explanation> problems) {
        super(Explanation.of("return.incomplete", Explanation.list(problems)));
        this.problems = List.copyOf(problems);
    }

    /** The problems in English, as the API gives them. */
    public List<String> problems() {
        return problems.stream().map(Explanation::english).toList();
    }

    /** The problems, to be told in the reader's language. */
    public List<Explanation> problemExplanations() {
        return problems;
    }
}
