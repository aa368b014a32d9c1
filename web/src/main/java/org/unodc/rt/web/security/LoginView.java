package org.unodc.rt.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Optional;
import org.unodc.rt.application.AccountService;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    UserSession session;

    @Inject
    AccountService accounts;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String continueTo;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session on sign-in, so an identifier seen before sign-in is worthless afterwards.
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                Optional<UserAccount> account =
                        accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT));
                account.ifPresent(a -> session.signedIn(a.locale(), a.timeZone()));
                external.redirect(external.getRequestContextPath()
                        + safeTarget()
                                .orElseGet(() ->
                                        landing(account.map(UserAccount::role).orElse(null))));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (request.getAttribute(AppAuthenticationMechanism.REFUSAL) instanceof BusinessException refusal) {
                    Messages.error(refusal);
                } else {
                    Messages.error("login.failed");
                }
            }
        }
    }

    public void signOut() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    /** Only a path inside this application, never an absolute URL: no open redirect through the login page. */
    private Optional<String> safeTarget() {
        if (continueTo == null
                || continueTo.isBlank()
                || !continueTo.startsWith("/")
                || continueTo.startsWith("//")
                || continueTo.contains("\\")) {
            return Optional.empty();
        }
        return Optional.of(continueTo);
    }

    /**
     * Where a role's work is, for a sign-in without a page to go back to: a State's people on their returns, the
     * secretariat on its cycles and review queue, the administrator on the users.
     */
    static String landing(Role role) {
        if (role == null) {
            return "/index.xhtml";
        }
        return switch (role) {
            case ADMIN -> "/admin/users.xhtml";
            case SECRETARIAT -> "/secretariat/index.xhtml";
            default -> "/focal/index.xhtml";
        };
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
