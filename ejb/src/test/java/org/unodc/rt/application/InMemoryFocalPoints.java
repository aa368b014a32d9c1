package org.unodc.rt.application;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.account.FocalPoints;

/** A fixed list of active focal points, for plain tests. */
public record InMemoryFocalPoints(List<FocalPoint> active) implements FocalPoints {

    public static InMemoryFocalPoints of(FocalPoint... focalPoints) {
        return new InMemoryFocalPoints(List.of(focalPoints));
    }

    @Override
    public Map<String, Long> countByState() {
        return active.stream().collect(Collectors.groupingBy(FocalPoint::stateIso3, Collectors.counting()));
    }
}
