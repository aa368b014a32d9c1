package org.unodc.rt.web.common;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Any page followed by {@code ?lang=ar} (or zh, en, fr, ru, es) switches the interface language for the rest of the
 * session, so a link can be shared in a language (also a pretty address forwarded to a page, {@code /states/PER?lang=ar}). A GET stores nothing: the language menu posts to
 * {@link LanguageServlet}, which also remembers the choice in a signed-in user's account.
 */
@WebFilter(
        urlPatterns = "*.xhtml",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
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
