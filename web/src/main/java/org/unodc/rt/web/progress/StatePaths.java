package org.unodc.rt.web.progress;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.unodc.rt.application.MemberStateService;

/**
 * The shareable address of a country profile, {@code /states/PER}: forwarded to the profile page, which reads the code
 * as its view parameter. Anything else under {@code /states/} is not a page.
 */
@WebServlet("/states/*")
public class StatePaths extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberStateService states;

    private static final Pattern ISO3 = Pattern.compile("/[A-Za-z]{3}/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || !ISO3.matcher(path).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String iso3 = path.substring(1, 4).toUpperCase(Locale.ROOT);
        if (states.findState(iso3).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/state.xhtml?iso3=" + iso3).forward(request, response);
    }
}
