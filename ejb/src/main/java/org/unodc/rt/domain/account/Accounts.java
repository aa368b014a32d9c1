package org.unodc.rt.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The repository of accounts and the links (tokens) e-mailed to them. User names and addresses are lower case. */
public interface Accounts {

    Optional<UserAccount> findByUsername(String username);

    /** An account by user name or e-mail address (both are unique). */
    Optional<UserAccount> findByLogin(String usernameOrEmail);

    /** Every account, by user name. */
    List<UserAccount> all();

    void add(UserAccount account);

    void add(AccountToken token);

    Optional<AccountToken> findTokenByHash(String tokenHash);

    /** The account's links that are neither used nor revoked. */
    List<AccountToken> outstandingTokens(UserAccount account);

    long tokensIssuedSince(UserAccount account, TokenPurpose purpose, Instant since);
}
