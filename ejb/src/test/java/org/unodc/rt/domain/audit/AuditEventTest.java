package org.unodc.rt.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void anOverlongUserNameIsRecordedCutToItsColumnInsteadOfFailingTheEntry() {
        String name = "x".repeat(10_000);

        AuditEvent event = new AuditEvent(
                Instant.EPOCH, name, "LOGIN", "UserAccount", name, AuditEvent.Outcome.FAILED, "d".repeat(5000));

        assertThat(event.actor()).hasSize(100).startsWith("xxx").endsWith("\u2026");
        assertThat(event.targetId()).hasSize(100);
        assertThat(event.detail()).hasSize(4000);
    }

    @Test
    void valuesThatFitAreKeptAsTheyAre() {
        AuditEvent event =
                new AuditEvent(Instant.EPOCH, null, "LOGIN", "UserAccount", "fp.peru", AuditEvent.Outcome.DONE, null);

        assertThat(event.actor()).isEqualTo("anonymous");
        assertThat(event.targetId()).isEqualTo("fp.peru");
        assertThat(event.detail()).isNull();
    }
}
