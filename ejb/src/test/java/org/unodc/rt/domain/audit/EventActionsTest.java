package org.unodc.rt.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unodc.rt.domain.cycle.CycleEvent;
import org.unodc.rt.domain.report.ReportEvent;
import org.unodc.rt.domain.resolution.ResolutionEvent;
import org.unodc.rt.domain.session.SessionEvent;
import org.unodc.rt.domain.state.MemberStateEvent;

/** Every event of an aggregate names the action the trail records (a missing one fails only when it is raised). */
class EventActionsTest {

    @ParameterizedTest
    @ValueSource(
            classes = {
                CycleEvent.class,
                ResolutionEvent.class,
                SessionEvent.class,
                MemberStateEvent.class,
                ReportEvent.class
            })
    void everyEventNamesItsAction(Class<?> events) {
        assertThat(Arrays.asList(events.getPermittedSubclasses())).isNotEmpty().allSatisfy(event -> assertThat(
                        event.getAnnotation(AuditAction.class))
                .as(event.getName())
                .isNotNull());
    }
}
