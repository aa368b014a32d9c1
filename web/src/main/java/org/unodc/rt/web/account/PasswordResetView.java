package org.unodc.rt.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.unodc.rt.application.TooManyRequestsException;
import org.unodc.rt.application.account.PasswordLinks;
import org.unodc.rt.web.common.Messages;

/**
 * "Forgot your password?": asks for a user name or e-mail address and always answers the same, whether or not an
 * account has it, so the form cannot be used to find out who has an account.
 */
@Named
@RequestScoped
public class PasswordResetView {

    @Inject
    PasswordLinks accounts;

    private String login;

    public void send() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            accounts.requestPasswordReset(login, request.getRemoteAddr());
        } catch (TooManyRequestsException e) {
            Messages.error("reset.tooMany", e.minutes());
            return;
        }
        login = null;
        Messages.info("reset.sent");
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
