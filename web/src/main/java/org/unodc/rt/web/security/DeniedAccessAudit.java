package org.unodc.rt.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.unodc.rt.application.AuditLog;

/**
 * Records in the audit trail every request the container refused with 403 because of the account's role (a focal
 * point opening a secretariat page, for example), with the method and the whole address: its query names the object
 * that was probed ({@code return.xhtml?id=42}). It runs when the container forwards to the error page, where the
 * refused address is known. Refusals decided by the services are recorded by the services themselves.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class DeniedAccessAudit extends HttpFilter {

    private static final int TARGET_LENGTH = 100;

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && code == HttpServletResponse.SC_FORBIDDEN) {
            String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            // Servlet 6.1 names the refused query; before it, the error dispatch keeps the request's own.
            Object query = request.getAttribute("jakarta.servlet.error.query_string");
            String asked = query instanceof String original ? original : request.getQueryString();
            if (asked != null && !asked.isEmpty()) {
                uri += "?" + asked;
            }
            String who = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            String reason = message instanceof String text && !text.isBlank() && !text.equals("Forbidden")
                    ? text
                    : "the account's role does not allow it";
            audit.denied(who, "OPEN_URL", "URL", shorten(uri), request.getMethod() + " " + uri + ": " + reason);
        }
        chain.doFilter(request, response);
    }

    /** The audit trail keeps target ids up to 100 characters; the full address goes into the detail. */
    static String shorten(String uri) {
        return uri == null || uri.length() <= TARGET_LENGTH ? uri : uri.substring(0, TARGET_LENGTH);
    }
}
