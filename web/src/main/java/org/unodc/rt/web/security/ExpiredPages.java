package org.unodc.rt.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primefaces.csp.CspException;

/**
 * A whole-page form sent with a page state the server does not hold (the session ended, the server restarted, or the
 * state was made up, or the form lacks the page's PrimeFaces nonce) gets {@code /expired.xhtml} with 403: nothing was done, and it is no server fault. Left to the
 * container, Faces' ViewExpiredException would be logged with its stack trace on every such request (anybody can post
 * one) and answered with 500 on a response the container had reset. An AJAX request never gets here: Faces answers it
 * with an error the page's script tells (ajax-errors.js).
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class ExpiredPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!expired(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer(); // keeps the headers already set
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            // Without the page state the forwarded request is no postback, so Faces renders the page afresh.
            request.getRequestDispatcher(PAGE).forward(new WithoutPageState(request), response);
        }
    }

    private static boolean expired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A form without the nonce PrimeFaces put in the page it rendered was not sent from that page: forged, or
            // from a page of an earlier session. Either way nothing was done, as for an expired page.
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    /** The request without the form's page state ({@code jakarta.faces.ViewState}). */
    static final class WithoutPageState extends HttpServletRequestWrapper {
        WithoutPageState(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return ResponseStateManager.VIEW_STATE_PARAM.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return ResponseStateManager.VIEW_STATE_PARAM.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.remove(ResponseStateManager.VIEW_STATE_PARAM);
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
