package org.unodc.rt.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the session of someone who is typing alive: the session ends after 30 minutes without a request, and a
 * focal point writing a long narrative sends none until the field is left. The page pings this (at most once a
 * minute while keys are pressed, and from the "stay signed in" button); 204 means still signed in, 401 that the
 * session has already ended, so the page can say so at once. Never creates a session.
 */
@WebServlet("/session/keepalive")
public class KeepAliveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        // Reading the session is what marks it as used; the authentication mechanism restored the caller from it.
        boolean signedIn = request.getSession(false) != null && request.getUserPrincipal() != null;
        if (signedIn) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.setHeader(AppAuthenticationMechanism.SIGNED_OUT_HEADER, "true");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
