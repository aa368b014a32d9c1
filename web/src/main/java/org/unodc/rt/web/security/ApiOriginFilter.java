package org.unodc.rt.web.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.unodc.rt.application.AuditLog;

/**
 * Cross-site request forgery on the API. A signed-in browser's session cookie also authenticates the API, so a page
 * of another site could make the browser send a POST, PUT or DELETE with it. The cookie's SameSite attribute already
 * keeps it off such requests in current browsers; this filter refuses them in any browser, from what the browser
 * itself says: the {@code Origin} header (sent with every cross-origin write) must name this server, and
 * {@code Sec-Fetch-Site} must not say {@code cross-site}. Clients other than browsers (scripts with a user name and
 * password) send neither header and are not affected. Refusals go into the audit trail.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refusal = SAFE_METHODS.contains(request.getMethod())
                ? null
                : refusal(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), request.getHeader("Host"));
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        String who = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
        audit.denied(
                who,
                "API_CALL",
                "URL",
                DeniedAccessAudit.shorten(request.getRequestURI()),
                request.getMethod() + " " + request.getRequestURI() + ": " + refusal);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", HttpServletResponse.SC_FORBIDDEN)
                        .add(
                                "message",
                                "Refused: " + refusal + ". Call the API from this site's pages or from a client"
                                        + " that is not a browser page of another site.")
                        .build()
                        .toString());
    }

    /** Why a write must be refused, or {@code null} when it comes from this site or from a non-browser client. */
    static String refusal(String origin, String fetchSite, String host) {
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return "the browser says the request comes from another site (Sec-Fetch-Site: cross-site)";
        }
        if (origin == null) {
            return null;
        }
        if ("null".equals(origin)) {
            return "the request comes from a page without an origin (Origin: null)";
        }
        String authority;
        try {
            authority = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "the Origin header is not an address";
        }
        if (authority == null || host == null || !authority.equalsIgnoreCase(host)) {
            return "the request comes from another site (Origin: " + origin + ")";
        }
        return null;
    }
}
