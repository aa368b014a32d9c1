package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unodc.rt.application.AccountService;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.account.SignInService;
import org.unodc.rt.domain.account.SignInRule;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.infrastructure.security.PasswordHasher;

/** Signing in against the real database: hashing, lockout and the audit of every attempt. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AccountServiceIT.class, Http.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    SignInService signIn;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = "fp.lockout." + System.nanoTime();
        tx.begin();
        UserAccount account = UserAccount.focalPoint(
                username, username + "@example.org", "Lockout Test", em.find(MemberState.class, "KEN"), Instant.now());
        account.setPasswordHash(new PasswordHasher().hash("correct horse battery".toCharArray()));
        em.persist(account);
        tx.commit();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn.authenticate(username, "wrong password!".toCharArray(), "192.0.2.10")
                            .succeeded())
                    .isFalse();
        }
        SignInRule.Outcome afterLockout =
                signIn.authenticate(username, "correct horse battery".toCharArray(), "192.0.2.10");

        assertThat(afterLockout.succeeded()).isFalse();
        assertThat(afterLockout.reason()).contains("locked");
        List<AuditEvent> trail = audit.byActor(username, 10);
        assertThat(trail).hasSize(6).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.FAILED));
        assertThat(trail.get(1).detail()).isEqualTo("wrong password; account now locked");
    }

    @Test
    void theRightPasswordSignsInAndIsAudited() throws Exception {
        String username = "fp.ok." + System.nanoTime();
        tx.begin();
        UserAccount account = UserAccount.focalPoint(
                username, username + "@example.org", "Sign-in Test", em.find(MemberState.class, "CHL"), Instant.now());
        account.setPasswordHash(new PasswordHasher().hash("a long enough passphrase".toCharArray()));
        em.persist(account);
        tx.commit();

        SignInRule.Outcome result =
                signIn.authenticate(username, "a long enough passphrase".toCharArray(), "192.0.2.10");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.account().orElseThrow().state().iso3()).isEqualTo("CHL");
        assertThat(audit.byActor(username, 5)).extracting(AuditEvent::outcome).containsExactly(AuditEvent.Outcome.DONE);
    }

    @Test
    void storedPasswordsUsePbkdf2WithAtLeast600000Iterations() {
        String hash = accounts.findByUsername("fp.peru").orElseThrow().passwordHash();

        assertThat(hash).startsWith("pbkdf2-sha256$");
        assertThat(Integer.parseInt(hash.split("\\$")[1])).isGreaterThanOrEqualTo(600_000);
    }
}
