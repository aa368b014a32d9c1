package org.unodc.rt.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.application.SignedIn;
import org.unodc.rt.domain.account.AccountEvent;
import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.TokenNotUsable;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.infrastructure.ratelimit.RateLimiter;

/** The rules of password links, on accounts in memory. */
class PasswordLinksTest {

    private static final Instant NOW = InMemoryAccounts.NOW;

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final RecordingEvent<Audited> events = accounts.events;
    private final RecordingEvent<AccountLinkMail> mails = accounts.mails;
    private final PasswordLinks service = accounts.serving(new PasswordLinks(), SignedIn.nobody());
    private UserAccount peru;

    @BeforeEach
    void setUp() {
        service.limits = new RateLimiter() {
            @Override
            public Optional<Duration> tryAcquire(RateLimit limit, String key) {
                return Optional.empty();
            }
        };
        peru = UserAccount.staff("secretariat.test", "sec@example.org", "Test", Role.SECRETARIAT, NOW);
        peru.setPasswordHash("pbkdf2-sha256$1$AAAA$AAAA");
        accounts.add(peru);
    }

    @Test
    void aResetLinkIsMailedAndTheEarlierOneStopsWorking() {
        service.requestPasswordReset("SEC@example.org", "192.0.2.1");
        service.requestPasswordReset("secretariat.test", "192.0.2.1");

        assertThat(mails.fired).hasSize(2);
        assertThat(accounts.tokens)
                .extracting(t -> t.stateAt(NOW))
                .containsExactly(AccountToken.State.REPLACED, AccountToken.State.USABLE);
        assertThat(events.fired).hasSize(2).allSatisfy(e -> assertThat(e)
                .isInstanceOf(AccountEvent.ResetLinkSent.class));
    }

    @Test
    void aFourthRequestWithinTheHourSendsNothingAndIsAuditedAsFailed() {
        for (int i = 0; i < PasswordLinks.RESETS_PER_ACCOUNT_PER_HOUR + 1; i++) {
            service.requestPasswordReset("secretariat.test", "192.0.2.1");
        }

        assertThat(mails.fired).hasSize(PasswordLinks.RESETS_PER_ACCOUNT_PER_HOUR);
        Audited last = events.fired.get(events.fired.size() - 1);
        assertThat(last).isInstanceOf(AccountEvent.ResetLinkNotSent.class);
        assertThat(last.outcome()).isEqualTo(AuditEvent.Outcome.FAILED);
        assertThat(last.detail()).contains("3 links sent in the last hour");
    }

    @Test
    void anUnknownLoginSendsNothingAndAnswersTheSame() {
        service.requestPasswordReset("nobody@example.org", "192.0.2.1");

        assertThat(mails.fired).isEmpty();
        assertThat(events.fired).singleElement().satisfies(e -> assertThat(e.detail())
                .isEqualTo("no such account"));
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        AccountToken.Issued issued = AccountToken.issue(peru, TokenPurpose.RESET, "anonymous", NOW);
        accounts.add(issued.token());

        assertThatThrownBy(() -> service.setPassword(issued.secret(), "aaaaaaaaaaaa".toCharArray()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("easy to guess");
        assertThat(issued.token().stateAt(NOW)).isEqualTo(AccountToken.State.USABLE);
    }

    @Test
    void aGoodPasswordSpendsTheLinkAndASecondUseIsRefusedWithTheAttemptAudited() {
        AccountToken.Issued issued = AccountToken.issue(peru, TokenPurpose.RESET, "anonymous", NOW);
        accounts.add(issued.token());

        assertThat(service.setPassword(issued.secret(), "the rains came early this year".toCharArray()))
                .isEqualTo("secretariat.test");

        assertThat(events.fired).singleElement().isInstanceOf(AccountEvent.PasswordSet.class);
        assertThatThrownBy(() -> service.setPassword(issued.secret(), "another long sentence here".toCharArray()))
                .isInstanceOf(TokenNotUsable.class)
                .satisfies(e -> assertThat(((TokenNotUsable) e).attempt())
                        .hasValueSatisfying(a -> assertThat(a.detail()).isEqualTo("link USED")));
    }
}
