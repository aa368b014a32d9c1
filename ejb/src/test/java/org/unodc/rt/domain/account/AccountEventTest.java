package org.unodc.rt.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.audit.AuditEvent;

/** The audit trail's names for what happens to accounts: the pages and the API filter on them. */
class AccountEventTest {

    @Test
    void eachEventNamesItsActionTargetAndOutcome() {
        AccountEvent invited =
                new AccountEvent.Invited("fp.chile", Role.FOCAL_POINT, "CHL", "fp@example.org", Instant.EPOCH);
        AccountEvent notSent = new AccountEvent.ResetLinkNotSent("nobody", "no such account");

        assertThat(invited.action()).isEqualTo("ACCOUNT_INVITED");
        assertThat(invited.targetType()).isEqualTo("UserAccount");
        assertThat(invited.targetId()).isEqualTo("fp.chile");
        assertThat(invited.outcome()).isEqualTo(AuditEvent.Outcome.DONE);
        assertThat(invited.detail()).isEqualTo("FOCAL_POINT of CHL, fp@example.org, link valid until " + Instant.EPOCH);
        assertThat(notSent.action()).isEqualTo("PASSWORD_RESET_REQUESTED");
        assertThat(notSent.outcome()).isEqualTo(AuditEvent.Outcome.FAILED);
    }

    @Test
    void aPasswordSetThroughAnInvitationActivatesTheAccountByItsOwner() {
        AccountEvent set =
                new AccountEvent.PasswordSet("fp.chile", TokenPurpose.INVITATION, "secretariat", Instant.EPOCH, false);
        AccountEvent refused =
                new AccountEvent.LinkNotUsable("fp.chile", TokenPurpose.RESET, AccountToken.State.EXPIRED);

        assertThat(set.action()).isEqualTo("ACCOUNT_ACTIVATED");
        assertThat(set.outcome()).isEqualTo(AuditEvent.Outcome.DONE);
        assertThat(set.actor()).contains("fp.chile");
        assertThat(refused.action()).isEqualTo("PASSWORD_RESET");
        assertThat(refused.outcome()).isEqualTo(AuditEvent.Outcome.FAILED);
        assertThat(refused.detail()).isEqualTo("link EXPIRED");
    }

    @Test
    void aFailedSignInIsRecordedAsFailedWithItsReason() {
        AccountEvent failed = new AccountEvent.SignIn("fp.chile", false, "wrong password");

        assertThat(failed.action()).isEqualTo("LOGIN");
        assertThat(failed.outcome()).isEqualTo(AuditEvent.Outcome.FAILED);
        assertThat(failed.detail()).isEqualTo("wrong password");
        assertThat(new AccountEvent.Deactivated("fp.chile").action()).isEqualTo("ACCOUNT_DEACTIVATED");
    }
}
