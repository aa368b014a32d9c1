package org.unodc.rt.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Around every request body the API reads: a body that cannot be read as the JSON the method takes (not JSON, a
 * value of the wrong type, nothing or {@code null} where an object is needed) is the client's mistake, raised as
 * {@link UnreadableBody} for {@link ExceptionMappers} to answer with 400 or 422, whichever reader failed and however
 * the JAX-RS implementation wraps what it threw.
 */
@Provider
public class RequestBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body;
        try {
            body = context.proceed();
        } catch (ProcessingException | JsonException | JsonbException e) {
            // RESTEasy's JSON-B reader reports a parse failure as a ProcessingException around JSON-B's own.
            throw new UnreadableBody(e);
        }
        if (body == null && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            throw new UnreadableBody(null);
        }
        return body;
    }

    /** A request body that is not what the method reads; the cause says why, none for an empty or null body. */
    public static final class UnreadableBody extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableBody(Throwable cause) {
            super(cause == null ? "The request body is empty or null" : cause.getMessage(), cause);
        }
    }
}
