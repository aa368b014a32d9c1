package org.unodc.rt.web.common;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Any page followed by {@code ?lang=ar} (or zh, en, fr, ru, es) switches the interface language for the rest of the
 * session, and for a signed-in user remembers it in the account. Plain links, so it works without JavaScript.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String language = request.getParameter("lang");
        if (language != null && "GET".equals(request.getMethod())) {
            session.switchTo(language);
        }
        chain.doFilter(request, response);
    }
}
