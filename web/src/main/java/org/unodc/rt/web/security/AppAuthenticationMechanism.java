package org.unodc.rt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.TooManyRequestsException;
import org.unodc.rt.application.account.SignInService;
import org.unodc.rt.domain.account.SignInRule;
import org.unodc.rt.domain.account.UserAccount;

/**
 * One authentication mechanism for the whole application. People sign in on the login page, whose bean calls
 * {@code SecurityContext.authenticate}; the session then keeps them signed in. National systems that report by
 * machine send HTTP Basic credentials with each API call; these authenticate that request, never a session it came
 * with. Both are checked by {@link SignInService}, which also limits failed sign-ins per address. A protected page sends an anonymous visitor to the login
 * page; a protected API call answers 401 with a JSON message instead.
 */
@ApplicationScoped
@AutoApplySession
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /** Marks a 401 as "the session has ended" for the page's script (see resources/js/unsaved-answers.js). */
    static final String SIGNED_OUT_HEADER = "X-Signed-Out";

    /** The refusal a throttled sign-in on the login page gets, for {@link LoginView} to show. */
    static final String REFUSAL = AppAuthenticationMechanism.class.getName() + ".refusal";

    @Inject
    SignInService signIn;

    @Inject
    AuditLog audit;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        boolean basic = credential == null;
        if (basic) {
            credential = basicCredential(request);
        }
        if (credential instanceof UsernamePasswordCredential login) {
            SignInRule.Outcome result;
            try {
                result = signIn.authenticate(
                        login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr());
            } catch (TooManyRequestsException refused) {
                return tooManyAttempts(request, response, context, refused, basic);
            }
            if (result.succeeded()) {
                if (basic && request.getSession(false) != null) {
                    // Basic credentials authenticate this request, and @AutoApplySession would keep them in the
                    // session the request came with: a session identifier planted before (session fixation) would
                    // then be signed in. A new identifier makes the planted one worthless.
                    request.changeSessionId();
                }
                UserAccount account = result.account().orElseThrow();
                return context.notifyContainerAboutLogin(
                        account.username(), Set.of(account.role().name()));
            }
            if (!basic) {
                // The login page asked (SecurityContext.authenticate in its action): it shows the failure itself, so
                // no error status here, or the container would answer with its error page instead of the form.
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (isApi(request)) {
                return unauthorized(response, context, "The user name or password is wrong, or the account is locked.");
            }
            return context.responseUnauthorized();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        audit.denied(
                "anonymous",
                "OPEN_URL",
                "URL",
                DeniedAccessAudit.shorten(request.getRequestURI()),
                request.getMethod() + " " + request.getRequestURI() + " without signing in");
        if (isApi(request)) {
            return unauthorized(response, context, "Sign in first: send HTTP Basic credentials of an account.");
        }
        if (isFacesAjax(request)) {
            // A page's AJAX request (an autosave) whose session has ended: an XHR would follow a redirect to the
            // login page silently, so the page would never know its text was not saved. A plain 401, without a
            // Location header (PrimeFaces would navigate to it and the typed text would be gone), lets the page
            // say that the user was signed out and keep what was typed.
            response.setHeader(SIGNED_OUT_HEADER, "true");
            return context.responseUnauthorized();
        }
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    private static Credential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), new Password(decoded.substring(colon + 1)));
    }

    /**
     * Too many failed sign-ins from the address: the API answers 429 with {@code Retry-After} (through the error page
     * for that status, {@link UnauthorizedServlet}); the login page shows the explanation.
     */
    private static AuthenticationStatus tooManyAttempts(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            TooManyRequestsException refused,
            boolean basic) {
        if (!basic) {
            request.setAttribute(REFUSAL, refused);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!isApi(request)) {
            return context.responseUnauthorized();
        }
        request.setAttribute(UnauthorizedServlet.MESSAGE, refused.getMessage());
        response.setHeader(
                "Retry-After", String.valueOf(Math.max(1, refused.retryAfter().toSeconds())));
        try {
            response.sendError(429);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Answers 401 through the container's error page for that status ({@link UnauthorizedServlet}), which writes
     * the message as JSON; writing the body here would be replaced by the container's own error page.
     */
    private static AuthenticationStatus unauthorized(
            HttpServletResponse response, HttpMessageContext context, String message) {
        context.getRequest().setAttribute(UnauthorizedServlet.MESSAGE, message);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Resolution Tracker API\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }
}
