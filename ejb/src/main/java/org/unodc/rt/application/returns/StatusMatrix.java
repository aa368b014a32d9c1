package org.unodc.rt.application.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.returns.ReportedStatus;

/** States × questions: the implementation status each State reported, in question order. */
public record StatusMatrix(List<String> questions, List<Row> rows) implements java.io.Serializable {

    public record Row(String iso3, String stateName, String regionalGroup, List<String> statuses)
            implements java.io.Serializable {}

    /**
     * The matrix of a cycle's questions: a row per State in the order reported, a status per question (null where the
     * State gave none).
     */
    public static StatusMatrix of(List<Question> questions, List<ReportedStatus> reported) {
        Map<String, Map<Integer, ReportedStatus>> byState = new LinkedHashMap<>();
        reported.forEach(r ->
                byState.computeIfAbsent(r.iso3(), k -> new LinkedHashMap<>()).put(r.questionPosition(), r));
        List<Row> rows = new ArrayList<>();
        byState.forEach((iso3, byPosition) -> {
            ReportedStatus state = byPosition.values().iterator().next();
            List<String> statuses = questions.stream()
                    .map(q -> byPosition.get(q.position()))
                    .map(r ->
                            r == null || r.status() == null ? null : r.status().name())
                    .toList();
            rows.add(new Row(iso3, state.stateName(), state.group().name(), statuses));
        });
        return new StatusMatrix(questions.stream().map(Question::label).toList(), rows);
    }
}
