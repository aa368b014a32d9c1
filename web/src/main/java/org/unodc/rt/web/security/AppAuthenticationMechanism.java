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
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One authentication mechanism for the whole application. People sign in on the login page, whose bean calls
 * {@code SecurityContext.authenticate}; the session then keeps them signed in. National systems that report by
 * machine send HTTP Basic credentials with each API call. A protected page sends an anonymous visitor to the login
 * page; a protected API call answers 401 with a JSON message instead.
 */
@ApplicationScoped
@AutoApplySession
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            credential = basicCredential(request);
        }
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            if (isApi(request)) {
                return unauthorized(response, context, "The user name or password is wrong, or the account is locked.");
            }
            return context.responseUnauthorized();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, context, "Sign in first: send HTTP Basic credentials of an account.");
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

    private static AuthenticationStatus unauthorized(
            HttpServletResponse response, HttpMessageContext context, String message) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Resolution Tracker API\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"" + message + "\"}");
            // Commit the answer now, so that no error page of the container can replace the JSON body.
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        // SEND_CONTINUE: the answer is written; the container must neither call the resource nor add its error page.
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
