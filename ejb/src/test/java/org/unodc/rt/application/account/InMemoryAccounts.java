package org.unodc.rt.application.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.Entities;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.audit.Audited;

/**
 * Accounts in a list, for plain tests of the account services' rules, with what the container gives those services:
 * the trail's events and the mailed links recorded, a clock standing at {@link #NOW}.
 */
final class InMemoryAccounts implements Accounts {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    final List<UserAccount> accounts = new ArrayList<>();
    final List<AccountToken> tokens = new ArrayList<>();
    final RecordingEvent<Audited> events = new RecordingEvent<>();
    final RecordingEvent<AccountLinkMail> mails = new RecordingEvent<>();

    /** An account service over these accounts, called by {@code caller}. */
    <S> S serving(S service, CurrentCaller caller) {
        AccountLinkIssuer issuer = new AccountLinkIssuer();
        issuer.accounts = this;
        issuer.linkMail = mails;
        Entities.with(service, "accounts", this);
        Entities.with(service, "links", issuer);
        Entities.with(service, "events", events);
        Entities.with(service, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        return Entities.with(service, "caller", caller);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<UserAccount> findByLogin(String login) {
        return accounts.stream()
                .filter(a -> a.username().equals(login) || a.email().equals(login))
                .findFirst();
    }

    @Override
    public List<UserAccount> all() {
        return accounts.stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    @Override
    public void add(UserAccount account) {
        accounts.add(account);
    }

    @Override
    public void add(AccountToken token) {
        tokens.add(token);
    }

    @Override
    public Optional<AccountToken> findTokenByHash(String tokenHash) {
        return tokens.stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public List<AccountToken> outstandingTokens(UserAccount account) {
        return tokens.stream()
                .filter(t -> t.account() == account && t.usedAt() == null && t.revokedAt() == null)
                .toList();
    }

    @Override
    public long tokensIssuedSince(UserAccount account, TokenPurpose purpose, Instant since) {
        return tokens.stream()
                .filter(t -> t.account() == account
                        && t.purpose() == purpose
                        && t.createdAt().isAfter(since))
                .count();
    }
}
