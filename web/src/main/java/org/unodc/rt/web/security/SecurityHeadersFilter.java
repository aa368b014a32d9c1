package org.unodc.rt.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no framing (clickjacking), no content sniffing, no referrer leaking search terms
 * to other sites, and a content security policy. Error pages get them too: the container resets the response before
 * it forwards to one, so the filter runs again for that dispatch.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Everything comes from this server; nothing may frame the pages, and forms post only here. Pages made by Faces
     * get a second policy from PrimeFaces ({@code primefaces.CSP}) that allows only inline scripts carrying the
     * response's nonce: a browser enforces both, so this one lets inline scripts through and PrimeFaces' narrows
     * them. Inline styles stay allowed because PrimeFaces' widgets set style attributes.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    /**
     * API answers and downloads (under {@code /api/}) are data, not pages: nothing in them may run, load anything or
     * be framed, whatever a browser makes of an uploaded file or a JSON string.
     */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Content-Security-Policy", policy(request.getContextPath(), requestedUri(request)));
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }

    /** The policy for an address: the API's and the downloads' under {@code /api/}, the pages' for the rest. */
    static String policy(String contextPath, String requestedUri) {
        return requestedUri.startsWith(contextPath + "/api/") ? DATA_POLICY : POLICY;
    }

    /** The address asked for, before any forward to an error page. */
    private static String requestedUri(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        return original instanceof String asked ? asked : request.getRequestURI();
    }
}
