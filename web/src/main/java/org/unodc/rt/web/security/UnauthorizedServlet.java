package org.unodc.rt.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The error page for 401: API clients get a JSON body that says how to authenticate. */
@WebServlet("/errors/unauthorized")
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String MESSAGE = UnauthorizedServlet.class.getName() + ".message";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object message = request.getAttribute(MESSAGE);
        String text =
                message == null ? "Sign in first: send HTTP Basic credentials of an account." : message.toString();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"" + text.replace("\"", "'") + "\"}");
    }
}
