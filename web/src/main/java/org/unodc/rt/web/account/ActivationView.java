package org.unodc.rt.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import org.unodc.rt.application.account.PasswordLinks;
import org.unodc.rt.application.account.TokenCheck;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.web.common.Messages;

/**
 * The page an invitation or reset e-mail links to: checks the link first, so someone holding a dead link learns what
 * to ask for before typing a password, then sets the password and sends the person to the sign-in page.
 */
@Named
@ViewScoped
public class ActivationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordLinks accounts;

    private String token;
    private TokenCheck check;
    private String password;
    private String confirmation;

    public void load() {
        check = accounts.checkToken(token);
    }

    public String save() {
        if (!Objects.equals(password, confirmation)) {
            Messages.error("activate.mismatch");
            return null;
        }
        String username = accounts.setPassword(token, password.toCharArray());
        Messages.info(isInvitation() ? "activate.done" : "activate.resetDone", username);
        return "/login.xhtml?faces-redirect=true";
    }

    public boolean isUsable() {
        return check != null && check.usable();
    }

    public boolean isInvitation() {
        return check != null && check.purpose() == TokenPurpose.INVITATION;
    }

    public String getUsername() {
        return check == null ? null : check.username();
    }

    /** Why the link cannot be used: a key per state, {@code UNKNOWN} when no link has this token. */
    public String getProblemKey() {
        return "activate.problem."
                + (check == null || check.state() == null
                        ? "UNKNOWN"
                        : check.state().name());
    }

    /** What to do next: a reset link is asked for on the sign-in page, an invitation from the secretariat. */
    public String getNextKey() {
        return check != null && check.purpose() == TokenPurpose.RESET
                ? "activate.next.RESET"
                : "activate.next.INVITATION";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
