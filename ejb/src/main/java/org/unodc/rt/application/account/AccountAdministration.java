package org.unodc.rt.application.account;

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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.AuditRefusals;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.AccountEvent;
import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The secretariat's work on accounts: invitations (nobody chooses a password for someone else), re-sent invitations,
 * deactivation, reactivation and unlocking. Only an administrator invites or changes an administrator.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
@AuditRefusals
public class AccountAdministration {

    @Inject
    Accounts accounts;

    @Inject
    AccountLinkIssuer links;

    @Inject
    CurrentCaller caller;

    @Inject
    Event<Audited> events;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public List<UserAccount> list() {
        return accounts.all();
    }

    /** Every account, for the secretariat's list of users. */
    public List<AccountView> users() {
        Instant now = Instant.now(clock);
        return list().stream().map(a -> AccountView.of(a, now)).toList();
    }

    public AccountView getUser(@NotBlank String username) {
        return AccountView.of(getAccount(username), Instant.now(clock));
    }

    /** Creates an account without a usable password and e-mails the person a link, valid for a week, to choose one. */
    public AccountView invite(@NotNull @Valid NewAccount input) {
        Instant now = Instant.now(clock);
        String username = input.username().strip().toLowerCase(Locale.ROOT);
        if (input.role() == Role.ADMIN && !caller.is(Role.ADMIN)) {
            throw new AccessDeniedException(Explanation.of("account.onlyAdminInvitesAdmin"))
                    .attempted(Audited.attempt(
                            "ACCOUNT_INVITED", "UserAccount", username, "only an administrator invites one"));
        }
        String language = language(input.language());
        if (accounts.findByUsername(username).isPresent()) {
            throw new BusinessException(Explanation.of("account.usernameTaken", username));
        }
        String email = input.email().strip().toLowerCase(Locale.ROOT);
        if (accounts.findByLogin(email).isPresent()) {
            throw new BusinessException(Explanation.of("account.emailTaken", email));
        }
        if (!input.role().reportsForState()
                && input.stateIso3() != null
                && !input.stateIso3().isBlank()) {
            throw new InvalidInputException(Explanation.of("account.stateOnlyForFocalPointsInvite"));
        }
        UserAccount account;
        try {
            account = input.role().reportsForState()
                    ? UserAccount.ofState(
                            username, email, input.displayName(), input.role(), state(input.stateIso3()), now)
                    : UserAccount.staff(username, email, input.displayName(), input.role(), now);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        account.preferences(language, account.timeZone());
        accounts.add(account);
        AccountToken.Issued issued = links.issue(account, TokenPurpose.INVITATION, caller.name(), now);
        events.fire(new AccountEvent.Invited(
                account.username(),
                account.role(),
                account.state() == null ? null : account.state().iso3(),
                email,
                issued.token().expiresAt()));
        return AccountView.of(account, now);
    }

    /** A fresh invitation link for someone who has not set a password yet; the earlier links stop working. */
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
        AccountToken.Issued issued = links.issue(account, TokenPurpose.INVITATION, caller.name(), now);
        events.fire(new AccountEvent.InvitationResent(
                account.username(), account.email(), issued.token().expiresAt()));
        return AccountView.of(account, now);
    }

    /** Stops an account from signing in; outstanding links stop working too. */
    public AccountView deactivate(@NotBlank String username) {
        Instant now = Instant.now(clock);
        UserAccount account = getAccount(username);
        checkMayManage(account, "ACCOUNT_DEACTIVATED");
        if (account.username().equals(caller.name())) {
            throw new InvalidInputException(Explanation.of("account.cannotDeactivateOwn"));
        }
        account.disable();
        links.revokeOutstanding(account, now);
        events.fire(new AccountEvent.Deactivated(account.username()));
        return AccountView.of(account, now);
    }

    public AccountView reactivate(@NotBlank String username) {
        Instant now = Instant.now(clock);
        UserAccount account = getAccount(username);
        checkMayManage(account, "ACCOUNT_REACTIVATED");
        account.enable();
        events.fire(new AccountEvent.Reactivated(account.username(), account.hasPassword()));
        return AccountView.of(account, now);
    }

    /** Ends a lockout after repeated wrong passwords, before the quarter of an hour is over. */
    public AccountView unlock(@NotBlank String username) {
        Instant now = Instant.now(clock);
        UserAccount account = getAccount(username);
        checkMayManage(account, "ACCOUNT_UNLOCKED");
        Instant wasLockedUntil = account.isLocked(now) ? account.lockedUntil() : null;
        account.unlock();
        events.fire(new AccountEvent.Unlocked(account.username(), wasLockedUntil));
        return AccountView.of(account, now);
    }

    private UserAccount getAccount(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(name)
                .orElseThrow(() -> new NotFoundException(Explanation.of("account.notFound", name)));
    }

    /** Administrators' accounts are changed only by administrators. */
    private void checkMayManage(UserAccount account, String action) {
        if (account.role() == Role.ADMIN && !caller.is(Role.ADMIN)) {
            throw new AccessDeniedException(Explanation.of("account.onlyAdminChangesAdmin"))
                    .attempted(Audited.attempt(action, "UserAccount", account.username(), "administrator's account"));
        }
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
