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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.state.MemberState;

/** A person who signs in. A focal point is bound to exactly one Member State; other roles to none. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    /** After this many wrong passwords in a row the account is locked for {@link #LOCKOUT}. */
    public static final int MAX_FAILED_LOGINS = 5;

    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", length = 100, nullable = false, unique = true)
    private String username;

    @Column(name = "email", length = 200, nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", length = 200, nullable = false)
    private String displayName;

    /** Null until the invited person sets a password. */
    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_iso3")
    private MemberState state;

    @Column(name = "locale", length = 10, nullable = false)
    private String locale;

    @Column(name = "time_zone", length = 60, nullable = false)
    private String timeZone;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Demo accounts are created only in demo mode, and marked so they can be told apart. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    private int version;

    protected UserAccount() {}

    private UserAccount(String username, String email, String displayName, Role role, MemberState state, Instant now) {
        String name = Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new RejectedArgument(Explanation.of("account.usernameMalformed", username));
        }
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new RejectedArgument(Explanation.of("account.emailMalformed", String.valueOf(email)));
        }
        if (displayName == null || displayName.isBlank()) {
            throw new RejectedArgument(Explanation.of("account.nameMissing"));
        }
        if (role.reportsForState() && state == null) {
            throw new RejectedArgument(Explanation.of("account.focalPointNeedsState"));
        }
        if (!role.reportsForState() && state != null) {
            throw new RejectedArgument(Explanation.of("account.stateOnlyForFocalPoints"));
        }
        this.username = name;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.displayName = displayName.strip();
        this.role = role;
        this.state = state;
        this.locale = "en";
        this.timeZone = "UTC";
        this.enabled = true;
        this.createdAt = now;
    }

    public static UserAccount focalPoint(
            String username, String email, String displayName, MemberState state, Instant now) {
        return new UserAccount(username, email, displayName, Role.FOCAL_POINT, state, now);
    }

    /** A person who reports for a State: a focal point, a contributor or an observer. */
    public static UserAccount ofState(
            String username, String email, String displayName, Role role, MemberState state, Instant now) {
        if (!role.reportsForState()) {
            throw new IllegalArgumentException("Use staff(..) for " + role + ": it reports for no State.");
        }
        return new UserAccount(username, email, displayName, role, state, now);
    }

    public static UserAccount staff(String username, String email, String displayName, Role role, Instant now) {
        if (role.reportsForState()) {
            throw new IllegalArgumentException("Use ofState(..) for " + role + ": it needs a Member State.");
        }
        return new UserAccount(username, email, displayName, role, null, now);
    }

    public void markDemo() {
        this.demo = true;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void preferences(String locale, String timeZone) {
        this.locale = Objects.requireNonNull(locale);
        this.timeZone = Objects.requireNonNull(timeZone);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether this account may try a password now: enabled, has a password, and not locked out. */
    public boolean canAttemptLogin(Instant now) {
        return enabled && passwordHash != null && !isLocked(now);
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Counts a wrong password; the fifth in a row locks the account for a quarter of an hour. */
    public void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCKOUT);
            failedLogins = 0;
        }
    }

    public void disable() {
        enabled = false;
    }

    /** Lets a deactivated account sign in again, with the password it had. */
    public void enable() {
        enabled = true;
    }

    /** Ends a lockout before its time, when the secretariat has checked who is asking. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Whether the invited person has set a password yet. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    public AccountStatus statusAt(Instant now) {
        if (!enabled) {
            return AccountStatus.DEACTIVATED;
        }
        if (passwordHash == null) {
            return AccountStatus.INVITED;
        }
        return isLocked(now) ? AccountStatus.LOCKED : AccountStatus.ACTIVE;
    }

    public boolean isFocalPointOf(String iso3) {
        return role == Role.FOCAL_POINT && reportsFor(iso3);
    }

    /** Whether the account reports for the State, in any of the State's roles. */
    public boolean reportsFor(String iso3) {
        return role.reportsForState() && state != null && state.iso3().equals(iso3);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public MemberState state() {
        return state;
    }

    public String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean demo() {
        return demo;
    }
}
