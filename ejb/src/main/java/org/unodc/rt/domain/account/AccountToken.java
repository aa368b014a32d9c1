package org.unodc.rt.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A single-use secret sent by e-mail that lets its holder set the password of one account: an invitation or a
 * password reset. Only the SHA-256 hash of the secret is stored, so a copy of the database opens no account; the
 * secret itself exists only in the e-mail. A plain hash (no salt, no stretching) is enough because the secret is 32
 * random bytes, not something a person chose.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    /** Where a token stands at a given moment. */
    public enum State {
        USABLE,
        EXPIRED,
        USED,
        /** A newer link was sent, or the account was deactivated, after this one. */
        REPLACED
    }

    /** A token just issued, with the secret that goes into the e-mail; the secret is never stored. */
    public record Issued(AccountToken token, String secret) {}

    static final int SECRET_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 20, nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100, nullable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccountToken() {}

    private AccountToken(UserAccount account, TokenPurpose purpose, String tokenHash, String createdBy, Instant now) {
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.tokenHash = tokenHash;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(purpose.validity());
    }

    /** A new token for the account, valid for as long as its purpose allows from {@code now}. */
    public static Issued issue(UserAccount account, TokenPurpose purpose, String createdBy, Instant now) {
        byte[] random = new byte[SECRET_BYTES];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(new AccountToken(account, purpose, hash(secret), createdBy, now), secret);
    }

    /** The form in which a secret is stored and looked up: SHA-256, as 64 lower-case hex digits. */
    public static String hash(String secret) {
        Objects.requireNonNull(secret, "secret");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A used or replaced token stays so; an unused one expires at {@link #expiresAt()} (that instant included). */
    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (revokedAt != null) {
            return State.REPLACED;
        }
        if (!now.isBefore(expiresAt)) {
            return State.EXPIRED;
        }
        return State.USABLE;
    }

    public boolean isUsableAt(Instant now) {
        return stateAt(now) == State.USABLE;
    }

    /** Spends the token; a token can be spent once, before it expires, unless a newer one replaced it. */
    public void use(Instant now) {
        State state = stateAt(now);
        if (state != State.USABLE) {
            throw new TokenNotUsable(purpose, state);
        }
        usedAt = now;
    }

    /** Makes an outstanding token worthless, because a newer one was sent or the account may no longer sign in. */
    public void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public UserAccount account() {
        return account;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
