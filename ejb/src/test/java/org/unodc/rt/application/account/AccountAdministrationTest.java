package org.unodc.rt.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.application.SignedIn;
import org.unodc.rt.domain.account.AccountEvent;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.audit.Audited;

/** The secretariat's rules on accounts, on accounts in memory. */
class AccountAdministrationTest {

    private static final Instant NOW = InMemoryAccounts.NOW;

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final RecordingEvent<Audited> events = accounts.events;
    private final RecordingEvent<AccountLinkMail> mails = accounts.mails;
    private final AccountAdministration service =
            accounts.serving(new AccountAdministration(), SignedIn.as("secretariat", Role.SECRETARIAT));

    @Test
    void anInvitationCreatesAnAccountWithoutPasswordAndMailsALinkInItsLanguage() {
        AccountView invited = service.invite(
                new NewAccount("Sec.New", "New Person", "New@Example.org", Role.SECRETARIAT, null, "fr"));

        assertThat(invited.username()).isEqualTo("sec.new");
        UserAccount account = accounts.findByUsername("sec.new").orElseThrow();
        assertThat(account.hasPassword()).isFalse();
        assertThat(mails.fired).singleElement().satisfies(m -> assertThat(m.language())
                .isEqualTo("fr"));
        assertThat(events.fired).singleElement().isInstanceOf(AccountEvent.Invited.class);
    }

    @Test
    void theSecretariatMayNotInviteAnAdministratorAndTheAttemptIsMarkedForTheTrail() {
        assertThatThrownBy(() -> service.invite(
                        new NewAccount("admin.two", "Admin Two", "a2@example.org", Role.ADMIN, null, "en")))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).attempt())
                        .hasValueSatisfying(a -> assertThat(a.targetId()).isEqualTo("admin.two")));
        assertThat(accounts.accounts).isEmpty();
        assertThat(mails.fired).isEmpty();
    }

    @Test
    void aTakenUserNameOrAddressIsRefused() {
        service.invite(new NewAccount("sec.one", "One", "one@example.org", Role.SECRETARIAT, null, "en"));

        assertThatThrownBy(() -> service.invite(
                        new NewAccount("sec.one", "Other", "other@example.org", Role.SECRETARIAT, null, "en")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("is taken");
        assertThatThrownBy(() -> service.invite(
                        new NewAccount("sec.two", "Other", "ONE@example.org", Role.SECRETARIAT, null, "en")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("already uses the e-mail address");
    }
}
