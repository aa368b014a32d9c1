package org.unodc.rt.web.security;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for 401 and 429 from the authentication mechanism: API clients get a JSON body that says how to
 * authenticate, or how long to wait after too many failed sign-ins.
 */
@WebServlet("/errors/unauthorized")
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String MESSAGE = UnauthorizedServlet.class.getName() + ".message";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean tooMany = Integer.valueOf(429).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        Object message = request.getAttribute(MESSAGE);
        String text = message != null
                ? message.toString()
                : tooMany
                        ? "Too many failed sign-ins from your network address; try again later."
                        : "Sign in first: send HTTP Basic credentials of an account.";
        int status = tooMany ? 429 : HttpServletResponse.SC_UNAUTHORIZED;
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        // JSON-P escapes whatever the message holds; the body has the API's error shape (ErrorResponse).
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", status)
                        .add("error", tooMany ? "Too Many Requests" : "Unauthorized")
                        .add("message", text)
                        .build()
                        .toString());
    }
}
