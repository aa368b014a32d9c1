package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unodc.rt.application.account.AccountLinkMail;
import org.unodc.rt.application.account.AccountLinks;
import org.unodc.rt.application.account.AccountView;
import org.unodc.rt.application.account.NewAccount;
import org.unodc.rt.application.account.RateLimit;
import org.unodc.rt.application.account.TokenCheck;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.account.PasswordPolicy;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.SignInRule;
import org.unodc.rt.domain.account.TokenNotUsable;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.ratelimit.RateLimiter;
import org.unodc.rt.infrastructure.security.PasswordHasher;

/**
 * Accounts and signing in: invitations by the secretariat, passwords set and reset through single-use links sent by
 * e-mail, deactivation and unlocking. Every change is written to the audit trail with who did it.
 */
@Stateless
public class AccountService {

    /**
     * A hash of a random password, checked when an attempt has no real hash to check (no such name, no password yet),
     * so that every attempt takes as long as a wrong password and sign-in does not reveal which names exist.
     */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy-password-never-used".toCharArray());

    /** The longest user name there is (see {@link UserAccount}); a longer one is refused before any lookup. */
    private static final int MAX_USERNAME = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Event<AccountLinkMail> linkMail;

    @Inject
    RateLimiter limits;

    private final PasswordHasher hasher = new PasswordHasher();

    private final SignInRule signIn = new SignInRule(hasher::verify, DECOY_HASH);

    /**
     * Checks a user name and password, for every way of signing in (the login page, HTTP Basic). Five wrong passwords
     * lock the account for a while; more than {@link RateLimit#FAILED_SIGN_INS} failures from one network address
     * refuse that address for a while, whatever the account. Every attempt is audited.
     *
     * @throws TooManyRequestsException when the address has failed too often; nothing is checked
     */
    @PermitAll
    public SignInRule.Outcome authenticate(String username, char[] password, String clientAddress) {
        Instant now = Instant.now(clock);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = limits.check(RateLimit.FAILED_SIGN_INS, clientAddress);
        if (wait.isPresent()) {
            audit.failed(
                    name,
                    "LOGIN",
                    "UserAccount",
                    name,
                    "refused: more than " + RateLimit.FAILED_SIGN_INS.limit() + " failed sign-ins in "
                            + RateLimit.FAILED_SIGN_INS.minutes() + " minutes from " + clientAddress);
            throw new TooManyRequestsException(
                    Explanation.of("account.tooManySignIns", TooManyRequestsException.minutes(wait.get())), wait.get());
        }
        Optional<UserAccount> found = name.length() > MAX_USERNAME ? Optional.empty() : findByUsername(name);
        SignInRule.Outcome outcome = signIn.attempt(found, password, now);
        if (outcome.succeeded()) {
            audit.done(name, "LOGIN", "UserAccount", name, null);
        } else {
            limits.record(RateLimit.FAILED_SIGN_INS, clientAddress);
            String reason = name.length() > MAX_USERNAME
                    ? "a user name of " + name.length() + " characters (at most " + MAX_USERNAME + ")"
                    : outcome.reason();
            audit.failed(name, "LOGIN", "UserAccount", name, reason);
        }
        return outcome;
    }

    @PermitAll
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.state where u.username = :n", UserAccount.class)
                .setParameter("n", username)
                .getResultStream()
                .findFirst();
    }

    /** Remembers the interface language the signed-in caller chose, for their next session. */
    @PermitAll
    public void rememberMyLanguage(String language) {
        if (!caller.isAnonymous()) {
            findByUsername(caller.name()).ifPresent(a -> a.preferences(language, a.timeZone()));
        }
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
    public List<UserAccount> list() {
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.state order by u.username", UserAccount.class)
                .getResultList();
    }

    /** Every account, for the secretariat's list of users. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
    public List<AccountView> users() {
        Instant now = Instant.now(clock);
        return list().stream().map(a -> AccountView.of(a, now)).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
    public AccountView getUser(@NotBlank String username) {
        return AccountView.of(getAccount(username), Instant.now(clock));
    }

    /**
     * Creates an account without a usable password and e-mails the person a link, valid for a week, to choose one.
     * Only an administrator creates another administrator.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
    public AccountView invite(@NotNull @Valid NewAccount input) {
        Instant now = Instant.now(clock);
        String username = input.username().strip().toLowerCase(Locale.ROOT);
        if (input.role() == Role.ADMIN && !caller.is(Role.ADMIN)) {
            audit.denied(
                    caller.name(), "ACCOUNT_INVITED", "UserAccount", username, "only an administrator invites one");
            throw new AccessDeniedException(Explanation.of("account.onlyAdminInvitesAdmin"));
        }
        String language = language(input.language());
        if (findByUsername(username).isPresent()) {
            throw new BusinessException(Explanation.of("account.usernameTaken", username));
        }
        String email = input.email().strip().toLowerCase(Locale.ROOT);
        if (findByLogin(email).isPresent()) {
            throw new BusinessException(Explanation.of("account.emailTaken", email));
        }
        if (input.role() != Role.FOCAL_POINT
                && input.stateIso3() != null
                && !input.stateIso3().isBlank()) {
            throw new InvalidInputException(Explanation.of("account.stateOnlyForFocalPointsInvite"));
        }
        UserAccount account;
        try {
            account = input.role() == Role.FOCAL_POINT
                    ? UserAccount.focalPoint(username, email, input.displayName(), state(input.stateIso3()), now)
                    : UserAccount.staff(username, email, input.displayName(), input.role(), now);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        account.preferences(language, account.timeZone());
        em.persist(account);
        AccountToken.Issued issued = issue(account, TokenPurpose.INVITATION, now);
        audit.done(
                caller.name(),
                "ACCOUNT_INVITED",
                "UserAccount",
                account.username(),
                account.role()
                        + (account.state() == null
                                ? ""
                                : " of " + account.state().iso3()) + ", " + email + ", link valid until "
                        + issued.token().expiresAt());
        return AccountView.of(account, now);
    }

    /** A fresh invitation link for someone who has not set a password yet; the earlier links stop working. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
    public AccountView resendInvitation(@NotBlank String username) {
        Instant now = Instant.now(clock);
        UserAccount account = getAccount(username);
        checkMayManage(account, "INVITATION_RESENT");
        if (!account.enabled()) {
            throw new BusinessException(Explanation.of("account.deactivatedReactivateFirst", account.username()));
        }
        if (account.hasPassword()) {
            throw new BusinessException(Explanation.of("account.alreadyHasPassword", account.username()));
        }
        AccountToken.Issued issued = issue(account, TokenPurpose.INVITATION, now);
        audit.done(
                caller.name(),
                "INVITATION_RESENT",
                "UserAccount",
                account.username(),
                "to " + account.email() + ", link valid until " + issued.token().expiresAt()
                        + "; earlier links replaced");
        return AccountView.of(account, now);
    }

    /** Reset links one account can be sent per hour; more requests are audited and answered the same way. */
    public static final int RESETS_PER_ACCOUNT_PER_HOUR = 3;

    /**
     * Sends a reset link, valid for an hour, when the user name or e-mail address belongs to an active account; says
     * nothing either way, so the answer does not reveal which accounts exist. An account gets at most
     * {@value #RESETS_PER_ACCOUNT_PER_HOUR} links an hour (further requests are audited and otherwise ignored, with
     * the same answer), and one network address may ask as often as {@link RateLimit#RESET_REQUESTS} allows.
     *
     * @param clientAddress the network address the request came from, for the per-address limit and the audit trail
     * @throws TooManyRequestsException when the address has asked too often; nothing is sent
     */
    @PermitAll
    public void requestPasswordReset(String login, String clientAddress) {
        Instant now = Instant.now(clock);
        String wanted = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = limits.tryAcquire(RateLimit.RESET_REQUESTS, clientAddress);
        if (wait.isPresent()) {
            TooManyRequestsException refused = new TooManyRequestsException(
                    Explanation.of("account.tooManyResets", TooManyRequestsException.minutes(wait.get())), wait.get());
            audit.failed(
                    caller.name(),
                    "PASSWORD_RESET_REQUESTED",
                    "UserAccount",
                    wanted,
                    "refused: more than " + RateLimit.RESET_REQUESTS.limit() + " requests in "
                            + RateLimit.RESET_REQUESTS.minutes() + " minutes from " + clientAddress);
            throw refused;
        }
        Optional<UserAccount> found = wanted.isEmpty() ? Optional.empty() : findByLogin(wanted);
        if (found.isEmpty()) {
            audit.failed(caller.name(), "PASSWORD_RESET_REQUESTED", "UserAccount", wanted, "no such account");
            return;
        }
        UserAccount account = found.get();
        if (!account.enabled() || !account.hasPassword()) {
            audit.failed(
                    caller.name(),
                    "PASSWORD_RESET_REQUESTED",
                    "UserAccount",
                    account.username(),
                    account.enabled() ? "invitation not accepted yet; no link sent" : "account deactivated");
            return;
        }
        long recent = em.createQuery(
                        "select count(t) from AccountToken t where t.account = :a and t.purpose = :p"
                                + " and t.createdAt > :since",
                        Long.class)
                .setParameter("a", account)
                .setParameter("p", TokenPurpose.RESET)
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= RESETS_PER_ACCOUNT_PER_HOUR) {
            audit.failed(
                    caller.name(),
                    "PASSWORD_RESET_REQUESTED",
                    "UserAccount",
                    account.username(),
                    recent + " links sent in the last hour; no more until the oldest is an hour old (from "
                            + clientAddress + ")");
            return;
        }
        AccountToken.Issued issued = issue(account, TokenPurpose.RESET, now);
        audit.done(
                caller.name(),
                "PASSWORD_RESET_REQUESTED",
                "UserAccount",
                account.username(),
                "link sent to " + account.email() + ", valid until "
                        + issued.token().expiresAt() + " (asked from " + clientAddress + ")");
    }

    /** What a link from an e-mail can do, before the person types a password; changes nothing. */
    @PermitAll
    public TokenCheck checkToken(String secret) {
        Instant now = Instant.now(clock);
        Optional<AccountToken> token = findToken(secret);
        if (token.isEmpty()) {
            return new TokenCheck(null, null, null, new TokenNotUsable(null, null).getMessage());
        }
        AccountToken.State state = token.get().stateAt(now);
        if (state == AccountToken.State.USABLE && !token.get().account().enabled()) {
            state = AccountToken.State.REPLACED;
        }
        TokenPurpose purpose = token.get().purpose();
        return state == AccountToken.State.USABLE
                ? new TokenCheck(state, purpose, token.get().account().username(), null)
                : new TokenCheck(state, purpose, null, new TokenNotUsable(purpose, state).getMessage());
    }

    /**
     * Sets the password of the account a link was sent for, and spends the link: the first password of an
     * invitation, or a new one after a reset (which also ends a lockout). Returns the user name to sign in with.
     */
    @PermitAll
    public String setPassword(String secret, char[] password) {
        Instant now = Instant.now(clock);
        Optional<AccountToken> found = findToken(secret);
        if (found.isEmpty()) {
            audit.failed(caller.name(), "PASSWORD_SET", "AccountToken", null, "unknown link");
            throw new TokenNotUsable(null, null);
        }
        AccountToken token = found.get();
        UserAccount account = token.account();
        String action = token.purpose() == TokenPurpose.INVITATION ? "ACCOUNT_ACTIVATED" : "PASSWORD_RESET";
        AccountToken.State state = token.stateAt(now);
        if (state == AccountToken.State.USABLE && !account.enabled()) {
            state = AccountToken.State.REPLACED;
        }
        if (state != AccountToken.State.USABLE) {
            audit.failed(account.username(), action, "UserAccount", account.username(), "link " + state);
            throw new TokenNotUsable(token.purpose(), state);
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
        revokeOutstanding(account, now);
        audit.done(
                account.username(),
                action,
                "UserAccount",
                account.username(),
                "through the " + token.purpose() + " link issued by " + token.createdBy() + " at " + token.createdAt()
                        + (wasLocked ? "; lockout ended" : ""));
        return account.username();
    }

    /** Stops an account from signing in; outstanding links stop working too. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
    public AccountView deactivate(@NotBlank String username) {
        Instant now = Instant.now(clock);
        UserAccount account = getAccount(username);
        checkMayManage(account, "ACCOUNT_DEACTIVATED");
        if (account.username().equals(caller.name())) {
            throw new InvalidInputException(Explanation.of("account.cannotDeactivateOwn"));
        }
        account.disable();
        revokeOutstanding(account, now);
        audit.done(caller.name(), "ACCOUNT_DEACTIVATED", "UserAccount", account.username(), null);
        return AccountView.of(account, now);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
    public AccountView reactivate(@NotBlank String username) {
        Instant now = Instant.now(clock);
        UserAccount account = getAccount(username);
        checkMayManage(account, "ACCOUNT_REACTIVATED");
        account.enable();
        audit.done(
                caller.name(),
                "ACCOUNT_REACTIVATED",
                "UserAccount",
                account.username(),
                account.hasPassword() ? null : "no password yet: re-send the invitation");
        return AccountView.of(account, now);
    }

    /** Ends a lockout after repeated wrong passwords, before the quarter of an hour is over. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
    public AccountView unlock(@NotBlank String username) {
        Instant now = Instant.now(clock);
        UserAccount account = getAccount(username);
        checkMayManage(account, "ACCOUNT_UNLOCKED");
        boolean wasLocked = account.isLocked(now);
        account.unlock();
        audit.done(
                caller.name(),
                "ACCOUNT_UNLOCKED",
                "UserAccount",
                account.username(),
                wasLocked ? "was locked until " + account.lockedUntil() : "was not locked");
        return AccountView.of(account, now);
    }

    /** An account by user name or e-mail address (both are unique and stored in lower case). */
    @PermitAll
    public Optional<UserAccount> findByLogin(String login) {
        String wanted = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.state where u.username = :l or u.email = :l",
                        UserAccount.class)
                .setParameter("l", wanted)
                .getResultStream()
                .findFirst();
    }

    private UserAccount getAccount(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return findByUsername(name).orElseThrow(() -> new NotFoundException(Explanation.of("account.notFound", name)));
    }

    /** Administrators' accounts are changed only by administrators. */
    private void checkMayManage(UserAccount account, String action) {
        if (account.role() == Role.ADMIN && !caller.is(Role.ADMIN)) {
            audit.denied(caller.name(), action, "UserAccount", account.username(), "administrator's account");
            throw new AccessDeniedException(Explanation.of("account.onlyAdminChangesAdmin"));
        }
    }

    /** Issues a link of the purpose, replacing every outstanding one of the account, and mails it after commit. */
    private AccountToken.Issued issue(UserAccount account, TokenPurpose purpose, Instant now) {
        revokeOutstanding(account, now);
        AccountToken.Issued issued = AccountToken.issue(account, purpose, caller.name(), now);
        em.persist(issued.token());
        linkMail.fire(new AccountLinkMail(
                purpose,
                account.username(),
                account.email(),
                account.displayName(),
                account.locale(),
                AccountLinks.passwordPage(issued.secret()),
                issued.token().expiresAt()));
        return issued;
    }

    private void revokeOutstanding(UserAccount account, Instant now) {
        em.createQuery(
                        "select t from AccountToken t where t.account = :a and t.usedAt is null and t.revokedAt is null",
                        AccountToken.class)
                .setParameter("a", account)
                .getResultList()
                .forEach(t -> t.revoke(now));
    }

    private Optional<AccountToken> findToken(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select t from AccountToken t join fetch t.account where t.tokenHash = :h", AccountToken.class)
                .setParameter("h", AccountToken.hash(secret.strip()))
                .getResultStream()
                .findFirst();
    }

    private MemberState state(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            throw new InvalidInputException(Explanation.of("account.chooseState"));
        }
        MemberState state = em.find(MemberState.class, iso3.strip().toUpperCase(Locale.ROOT));
        if (state == null) {
            throw new InvalidInputException(Explanation.of("account.stateCodeUnknown", iso3));
        }
        return state;
    }

    private static String language(String code) {
        if (code == null || code.isBlank()) {
            return UnLanguage.EN.code();
        }
        return UnLanguage.fromCode(code)
                .map(UnLanguage::code)
                .orElseThrow(() -> new InvalidInputException(Explanation.of("account.languageUnknown", code)));
    }
}
