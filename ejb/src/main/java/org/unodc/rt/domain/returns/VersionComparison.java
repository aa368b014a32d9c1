package org.unodc.rt.domain.returns;

import java.util.List;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.cycle.Question;

/** Two submitted versions of a return side by side, answer by answer. */
public record VersionComparison(int fromNumber, int toNumber, List<Difference> answers)
        implements java.io.Serializable {

    /** One question's answer in both versions. */
    public record Difference(
            int questionPosition, Explanation questionLabel, AnswerContent from, AnswerContent to, boolean changed)
            implements java.io.Serializable {}

    public static VersionComparison between(List<Question> questions, ReturnVersion from, ReturnVersion to) {
        List<Difference> differences = questions.stream()
                .map(q -> {
                    AnswerContent before = from.answerTo(q.position())
                            .map(AnswerSnapshot::content)
                            .orElse(AnswerContent.EMPTY);
                    AnswerContent after = to.answerTo(q.position())
                            .map(AnswerSnapshot::content)
                            .orElse(AnswerContent.EMPTY);
                    return new Difference(q.position(), q.labelExplanation(), before, after, !before.sameAs(after));
                })
                .toList();
        return new VersionComparison(from.number(), to.number(), differences);
    }

    public List<Difference> changed() {
        return answers.stream().filter(Difference::changed).toList();
    }
}
