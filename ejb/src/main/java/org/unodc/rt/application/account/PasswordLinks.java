package org.unodc.rt.application.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.unodc.rt.application.AuditRefusals;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.TooManyRequestsException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.AccountEvent;
import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.PasswordPolicy;
import org.unodc.rt.domain.account.TokenNotUsable;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.infrastructure.ratelimit.RateLimiter;
import org.unodc.rt.infrastructure.security.PasswordHasher;

/**
 * Passwords chosen through links sent by e-mail: the reset request ("Forgot your password?"), the check of a link
 * before the person types, and setting the password, which spends the link. Anybody may call these: the answers never
 * reveal which accounts exist.
 */
@Stateless
@PermitAll
@AuditRefusals
public class PasswordLinks {

    /** Reset links one account can be sent per hour; more requests are audited and answered the same way. */
    public static final int RESETS_PER_ACCOUNT_PER_HOUR = 3;

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    Accounts accounts;

    @Inject
    AccountLinkIssuer links;

    @Inject
    RateLimiter limits;

    @Inject
    CurrentCaller caller;

    @Inject
    Event<Audited> events;

    @Inject
    Clock clock;

    /**
     * Sends a reset link, valid for an hour, when the user name or e-mail address belongs to an active account; says
     * nothing either way, so the answer does not reveal which accounts exist. An account gets at most {@value
     * #RESETS_PER_ACCOUNT_PER_HOUR} links an hour (further requests are audited and otherwise ignored, with the same
     * answer), and one network address may ask as often as {@link RateLimit#RESET_REQUESTS} allows.
     *
     * @param clientAddress the network address the request came from, for the per-address limit and the audit trail
     * @throws TooManyRequestsException when the address has asked too often; nothing is sent
     */
    public void requestPasswordReset(String login, String clientAddress) {
        Instant now = Instant.now(clock);
        String wanted = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = limits.tryAcquire(RateLimit.RESET_REQUESTS, clientAddress);
        if (wait.isPresent()) {
            throw new TooManyRequestsException(
                            Explanation.of("account.tooManyResets", TooManyRequestsException.minutes(wait.get())),
                            wait.get())
                    .attempted(new AccountEvent.ResetLinkNotSent(
                            wanted,
                            "refused: more than " + RateLimit.RESET_REQUESTS.limit() + " requests in "
                                    + RateLimit.RESET_REQUESTS.minutes() + " minutes from " + clientAddress));
        }
        Optional<UserAccount> found = wanted.isEmpty() ? Optional.empty() : accounts.findByLogin(wanted);
        if (found.isEmpty()) {
            events.fire(new AccountEvent.ResetLinkNotSent(wanted, "no such account"));
            return;
        }
        UserAccount account = found.get();
        if (!account.enabled() || !account.hasPassword()) {
            events.fire(new AccountEvent.ResetLinkNotSent(
                    account.username(),
                    account.enabled() ? "invitation not accepted yet; no link sent" : "account deactivated"));
            return;
        }
        long recent = accounts.tokensIssuedSince(account, TokenPurpose.RESET, now.minus(Duration.ofHours(1)));
        if (recent >= RESETS_PER_ACCOUNT_PER_HOUR) {
            events.fire(new AccountEvent.ResetLinkNotSent(
                    account.username(),
                    recent + " links sent in the last hour; no more until the oldest is an hour old (from "
                            + clientAddress + ")"));
            return;
        }
        AccountToken.Issued issued = links.issue(account, TokenPurpose.RESET, caller.name(), now);
        events.fire(new AccountEvent.ResetLinkSent(
                account.username(), account.email(), issued.token().expiresAt(), clientAddress));
    }

    /** What a link from an e-mail can do, before the person types a password; changes nothing. */
    public TokenCheck checkToken(String secret) {
        Instant now = Instant.now(clock);
        Optional<AccountToken> token = findToken(secret);
        if (token.isEmpty()) {
            return new TokenCheck(null, null, null, new TokenNotUsable(null, null).getMessage());
        }
        AccountToken.State state = usableState(token.get(), now);
        TokenPurpose purpose = token.get().purpose();
        return state == AccountToken.State.USABLE
                ? new TokenCheck(state, purpose, token.get().account().username(), null)
                : new TokenCheck(state, purpose, null, new TokenNotUsable(purpose, state).getMessage());
    }

    /**
     * Sets the password of the account a link was sent for, and spends the link: the first password of an
     * invitation, or a new one after a reset (which also ends a lockout). Returns the user name to sign in with.
     */
    public String setPassword(String secret, char[] password) {
        Instant now = Instant.now(clock);
        Optional<AccountToken> found = findToken(secret);
        if (found.isEmpty()) {
            throw new TokenNotUsable(null, null)
                    .attempted(Audited.attempt("PASSWORD_SET", "AccountToken", null, "unknown link"));
        }
        AccountToken token = found.get();
        UserAccount account = token.account();
        AccountToken.State state = usableState(token, now);
        if (state != AccountToken.State.USABLE) {
            throw new TokenNotUsable(token.purpose(), state)
                    .attempted(new AccountEvent.LinkNotUsable(account.username(), token.purpose(), state));
        }
        String hash;
        try {
            PasswordPolicy.check(password, account.username(), account.email(), account.displayName());
            hash = hasher.hash(password);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        boolean wasLocked = account.isLocked(now);
        token.use(now);
        account.setPasswordHash(hash);
        links.revokeOutstanding(account, now);
        events.fire(new AccountEvent.PasswordSet(
                account.username(), token.purpose(), token.createdBy(), token.createdAt(), wasLocked));
        return account.username();
    }

    /** A link of a deactivated account counts as replaced: it will never work again. */
    private static AccountToken.State usableState(AccountToken token, Instant now) {
        AccountToken.State state = token.stateAt(now);
        return state == AccountToken.State.USABLE && !token.account().enabled() ? AccountToken.State.REPLACED : state;
    }

    private Optional<AccountToken> findToken(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return accounts.findTokenByHash(AccountToken.hash(secret.strip()));
    }
}
