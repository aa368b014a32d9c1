package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.domain.account.UserAccount;

/** Accounts and their links in JPA; an account is always read with its State, which every screen shows. */
@ApplicationScoped
public class JpaAccounts implements Accounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.state where u.username = :n", UserAccount.class)
                .setParameter("n", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findByLogin(String usernameOrEmail) {
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.state where u.username = :l or u.email = :l",
                        UserAccount.class)
                .setParameter("l", usernameOrEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UserAccount> all() {
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.state order by u.username", UserAccount.class)
                .getResultList();
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
        return em.createQuery(
                        "select t from AccountToken t join fetch t.account where t.tokenHash = :h", AccountToken.class)
                .setParameter("h", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AccountToken> outstandingTokens(UserAccount account) {
        return em.createQuery(
                        "select t from AccountToken t where t.account = :a and t.usedAt is null and t.revokedAt is null",
                        AccountToken.class)
                .setParameter("a", account)
                .getResultList();
    }

    @Override
    public long tokensIssuedSince(UserAccount account, TokenPurpose purpose, Instant since) {
        return em.createQuery(
                        "select count(t) from AccountToken t where t.account = :a and t.purpose = :p"
                                + " and t.createdAt > :since",
                        Long.class)
                .setParameter("a", account)
                .setParameter("p", purpose)
                .setParameter("since", since)
                .getSingleResult();
    }
}
