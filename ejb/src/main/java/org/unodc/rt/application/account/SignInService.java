package org.unodc.rt.application.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.unodc.rt.application.AuditRefusals;
import org.unodc.rt.application.TooManyRequestsException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.AccountEvent;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.SignInRule;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.infrastructure.ratelimit.RateLimiter;
import org.unodc.rt.infrastructure.security.PasswordHasher;

/**
 * Checks a user name and password, for every way of signing in (the login page, HTTP Basic). Five wrong passwords
 * lock the account for a while ({@link SignInRule}); more than {@link RateLimit#FAILED_SIGN_INS} failures from one
 * network address refuse that address for a while, whatever the account. Every attempt is audited.
 */
@Stateless
@PermitAll
@AuditRefusals
public class SignInService {

    /** The longest user name there is (see {@link UserAccount}); a longer one is refused before any lookup. */
    private static final int MAX_USERNAME = 100;

    private final SignInRule rule = new SignInRule(new PasswordHasher()::verify, PasswordHasher.DECOY);

    @Inject
    Accounts accounts;

    @Inject
    RateLimiter limits;

    @Inject
    Event<Audited> events;

    @Inject
    Clock clock;

    /** @throws TooManyRequestsException when the address has failed too often; nothing is checked */
    public SignInRule.Outcome authenticate(String username, char[] password, String clientAddress) {
        Instant now = Instant.now(clock);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = limits.check(RateLimit.FAILED_SIGN_INS, clientAddress);
        if (wait.isPresent()) {
            throw new TooManyRequestsException(
                            Explanation.of("account.tooManySignIns", TooManyRequestsException.minutes(wait.get())),
                            wait.get())
                    .attempted(new AccountEvent.SignIn(
                            name,
                            false,
                            "refused: more than " + RateLimit.FAILED_SIGN_INS.limit() + " failed sign-ins in "
                                    + RateLimit.FAILED_SIGN_INS.minutes() + " minutes from " + clientAddress));
        }
        boolean tooLong = name.length() > MAX_USERNAME;
        SignInRule.Outcome outcome =
                rule.attempt(tooLong ? Optional.empty() : accounts.findByUsername(name), password, now);
        if (!outcome.succeeded()) {
            limits.record(RateLimit.FAILED_SIGN_INS, clientAddress);
        }
        String reason = tooLong
                ? "a user name of " + name.length() + " characters (at most " + MAX_USERNAME + ")"
                : outcome.reason();
        events.fire(new AccountEvent.SignIn(name, outcome.succeeded(), reason));
        return outcome;
    }
}
