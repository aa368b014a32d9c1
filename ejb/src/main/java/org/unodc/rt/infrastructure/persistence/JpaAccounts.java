package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.domain.account.UserAccount;

/** Accounts and their links in JPA; an account is always read with its State, which every screen shows. */
@ApplicationScoped
public class JpaAccounts extends JpaRepository implements Accounts {

    private static final String WITH_STATE = "select u from UserAccount u left join fetch u.state";

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return first(UserAccount.class, WITH_STATE + " where u.username = :n", "n", username);
    }

    @Override
    public Optional<UserAccount> findByLogin(String usernameOrEmail) {
        return first(UserAccount.class, WITH_STATE + " where u.username = :l or u.email = :l", "l", usernameOrEmail);
    }

    @Override
    public List<UserAccount> all() {
        return list(UserAccount.class, WITH_STATE + " order by u.username");
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }

    @Override
    public void add(AccountToken token) {
        em.persist(token);
    }

    @Override
    public Optional<AccountToken> findTokenByHash(String tokenHash) {
        return first(
                AccountToken.class,
                "select t from AccountToken t join fetch t.account where t.tokenHash = :h",
                "h",
                tokenHash);
    }

    @Override
    public List<AccountToken> outstandingTokens(UserAccount account) {
        return list(
                AccountToken.class,
                "select t from AccountToken t where t.account = :a and t.usedAt is null and t.revokedAt is null",
                "a",
                account);
    }

    @Override
    public long tokensIssuedSince(UserAccount account, TokenPurpose purpose, Instant since) {
        return count(
                "select count(t) from AccountToken t where t.account = :a and t.purpose = :p and t.createdAt > :since",
                "a",
                account,
                "p",
                purpose,
                "since",
                since);
    }
}
