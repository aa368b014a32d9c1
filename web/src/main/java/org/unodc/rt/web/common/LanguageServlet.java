package org.unodc.rt.web.common;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The language menu: a form on every page posts the chosen language here with the session's form token; the
 * language is used from now on (and a signed-in user's account remembers it), then the browser goes back to the page
 * it came from. A POST without the session's token is refused, so no other site can change it.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession session;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        if (token == null
                || request.getSession(false) == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        session.getFormToken().getBytes(StandardCharsets.UTF_8))) {
            response.sendError(
                    HttpServletResponse.SC_FORBIDDEN,
                    "the language menu's form token is missing or not this session's (an expired page, or a post from another site)");
            return;
        }
        session.choose(request.getParameter("lang"), request.getRemoteUser());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request));
    }

    /** Only a path of this application: never another site, whatever the form says. */
    static String back(HttpServletRequest request) {
        String back = request.getParameter("back");
        String context = request.getContextPath();
        boolean ours = back != null
                && back.startsWith(context + "/")
                && !back.startsWith("//")
                && back.indexOf('\\') < 0
                && back.chars().noneMatch(Character::isISOControl);
        return ours ? back : context + "/index.xhtml";
    }
}
