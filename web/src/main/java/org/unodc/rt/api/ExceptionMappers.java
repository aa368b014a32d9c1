package org.unodc.rt.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unodc.rt.api.JsonConfig.UnknownValue;
import org.unodc.rt.api.RequestBodies.UnreadableBody;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.application.EditConflict;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.TooManyRequestsException;
import org.unodc.rt.application.resolution.AlreadyInCatalogue;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.account.TokenNotUsable;
import org.unodc.rt.domain.resolution.MisalignedVersion;
import org.unodc.rt.domain.resolution.VersionAlignment;
import org.unodc.rt.domain.returns.IncompleteReturn;

/** The one place where the API turns exceptions into JSON error responses. */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {}

    static Response error(Response.Status status, String message) {
        return error(status.getStatusCode(), status.getReasonPhrase(), message);
    }

    static Response error(int status, String reason, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(status, reason, message))
                .build();
    }

    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            if (e instanceof NotFoundException) {
                return error(Response.Status.NOT_FOUND, e.getMessage());
            }
            if (e instanceof AccessDeniedException) {
                return error(Response.Status.FORBIDDEN, e.getMessage());
            }
            if (e instanceof InvalidInputException) {
                return error(422, "Unprocessable Content", e.getMessage());
            }
            if (e instanceof AlreadyInCatalogue duplicate) {
                return Response.status(Response.Status.CONFLICT)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new DuplicateResponse(409, "Conflict", e.getMessage(), duplicate.existingId()))
                        .build();
            }
            if (e instanceof TooManyRequestsException tooMany) {
                return Response.fromResponse(error(Response.Status.TOO_MANY_REQUESTS, e.getMessage()))
                        .header(
                                HttpHeaders.RETRY_AFTER,
                                Math.max(1, tooMany.retryAfter().toSeconds()))
                        .build();
            }
            return error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /**
     * A domain rule refused the request: 422 for a value the rules reject, 410 for a link from an e-mail that no longer
     * works, 409 for the wrong moment.
     */
    @Provider
    public static class Rule implements ExceptionMapper<RuleViolation> {
        @Override
        public Response toResponse(RuleViolation e) {
            if (e instanceof IncompleteReturn incomplete) {
                return Response.status(422)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new IncompleteResponse(
                                422, "Unprocessable Content", e.getMessage(), incomplete.problems()))
                        .build();
            }
            if (e instanceof MisalignedVersion misaligned) {
                VersionAlignment alignment = misaligned.alignment();
                return Response.status(422)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new MisalignedResponse(
                                422,
                                "Unprocessable Content",
                                e.getMessage(),
                                alignment.language().code(),
                                alignment.operative(),
                                alignment.preamble(),
                                alignment.problemsInEnglish()))
                        .build();
            }
            if (e instanceof InvalidValue) {
                return error(422, "Unprocessable Content", e.getMessage());
            }
            if (e instanceof TokenNotUsable) {
                // An expired, used or replaced link will never work again; the message says what to ask for.
                return error(Response.Status.GONE, e.getMessage());
            }
            return error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** The body of a 409 for a resolution the catalogue already holds: the id of the one it holds. */
    public record DuplicateResponse(int status, String error, String message, long existingId) {}

    /** The body of a 422 for a return that cannot be submitted: each problem names its question. */
    public record IncompleteResponse(int status, String error, String message, List<String> problems) {}

    /** The body of a 422 for a language version that does not align: its counts and what differs. */
    public record MisalignedResponse(
            int status,
            String error,
            String message,
            String language,
            int operative,
            int preamble,
            List<String> problems) {}

    /**
     * The body of a 409 edit conflict: what to do, and, where the conflict carries them (a return), the caller's
     * unsaved version and the one saved meanwhile.
     */
    public record ConflictResponse(int status, String error, String message, Object yours, Object theirs) {}

    /** An edit on a version someone else replaced meanwhile, whatever was edited. */
    @Provider
    public static class Conflict implements ExceptionMapper<EditConflict> {
        @Override
        public Response toResponse(EditConflict e) {
            if (e.theirs().isEmpty()) {
                return error(Response.Status.CONFLICT, e.getMessage());
            }
            return Response.status(Response.Status.CONFLICT)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ConflictResponse(
                            409,
                            "Conflict",
                            e.getMessage(),
                            e.yours().orElse(null),
                            e.theirs().orElse(null)))
                    .build();
        }
    }

    /**
     * A service refused the caller's role: 401 for an anonymous caller, 403 otherwise. The audit trail records what
     * was probed: the method and address, and the object's id (the path parameters).
     */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        private static final int TARGET_LENGTH = 100;

        @Context
        SecurityContext security;

        @Context
        UriInfo uri;

        @Context
        Request request;

        @Inject
        AuditLog audit;

        @Override
        public Response toResponse(EJBAccessException e) {
            boolean anonymous = security == null || security.getUserPrincipal() == null;
            String who = anonymous ? "anonymous" : security.getUserPrincipal().getName();
            audit.denied(who, "API_CALL", "URL", objectId(), address() + ": " + e.getMessage());
            return anonymous
                    ? error(Response.Status.UNAUTHORIZED, "Sign in first: this needs an account with the right role.")
                    : error(Response.Status.FORBIDDEN, "Your account's role does not allow this.");
        }

        /** {@code GET /api/v1/returns/42?from=1}: the address as requested. */
        private String address() {
            URI requested = uri.getRequestUri();
            return request.getMethod() + " " + requested.getRawPath()
                    + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery());
        }

        /** {@code id=42, questionId=7}; none for an address without path parameters (a list). */
        private String objectId() {
            String ids = uri.getPathParameters().entrySet().stream()
                    .map(p -> p.getKey() + "=" + String.join(",", p.getValue()))
                    .collect(Collectors.joining(", "));
            return ids.isEmpty() ? null : ids.substring(0, Math.min(ids.length(), TARGET_LENGTH));
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String message = e.getConstraintViolations().stream()
                    .map(ExceptionMappers::describe)
                    .sorted()
                    .collect(Collectors.joining("; "));
            return error(422, "Unprocessable Content", message);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            String message =
                    switch (original.getStatus()) {
                        case 404 -> "There is nothing at this address. The API lives under /api/v1.";
                        case 405 -> "This address does not accept that HTTP method.";
                        case 406 -> "This resource answers in JSON; ask for application/json.";
                        case 415 -> "Send the body in the media type this resource accepts (usually application/json).";
                        default -> e.getMessage();
                    };
            if (e.getCause() != null && original.getStatus() == 400) {
                message = "The request body could not be read: " + rootMessage(e);
            }
            return error(original.getStatus(), original.getStatusInfo().getReasonPhrase(), message);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EditConflict conflict) {
                return new Conflict().toResponse(conflict);
            }
            if (cause instanceof BusinessException business) {
                return new Business().toResponse(business);
            }
            if (cause instanceof RuleViolation rule) {
                return new Rule().toResponse(rule);
            }
            if (hasCause(e, OptimisticLockException.class)) {
                return error(
                        Response.Status.CONFLICT,
                        "Someone else saved the same thing at the same moment; nothing of yours was saved. Reload"
                                + " and save again.");
            }
            if (cause instanceof ConstraintViolationException violation) {
                return new Validation().toResponse(violation);
            }
            if (cause instanceof OptimisticLockException conflict) {
                return new StaleWrite().toResponse(conflict);
            }
            LOG.log(Level.SEVERE, "Unexpected failure in a service", e);
            return error(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the server; nothing was saved. Try again, and tell the secretariat if"
                            + " it happens again.");
        }
    }

    @Provider
    public static class StaleWrite implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            String message = e.getMessage() != null && e.getMessage().contains("Reload")
                    ? e.getMessage()
                    : "Someone else saved this record since you read it. Read it again, apply your change, and save.";
            return error(Response.Status.CONFLICT, message);
        }
    }

    /**
     * A request body that cannot be read as the JSON the method takes: 422 for well-formed JSON with a value the API
     * does not know (naming the field and the values there are), 400 for anything else, each saying what is wrong.
     * Nothing is logged: the client's mistake, not the server's.
     */
    @Provider
    public static class Unreadable implements ExceptionMapper<UnreadableBody> {
        private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']*)'");
        private static final Pattern NO_CONSTANT = Pattern.compile("^No enum constant (.+)\\.([^.]*)$");

        @Override
        public Response toResponse(UnreadableBody e) {
            return respond(e);
        }

        /** Also for a JSON-B or JSON-P failure met outside a reader, however it is wrapped. */
        Response respond(Throwable e) {
            UnknownValue unknown = cause(e, UnknownValue.class);
            if (unknown != null) {
                return unknownValue(e, unknown.value(), unknown.known());
            }
            IllegalArgumentException invalid = cause(e, IllegalArgumentException.class);
            Matcher constant = NO_CONSTANT.matcher(invalid == null ? "" : String.valueOf(invalid.getMessage()));
            if (constant.matches()) {
                // An enumeration JsonConfig does not list: JSON-B read it with Enum.valueOf.
                List<String> known = constants(constant.group(1));
                if (!known.isEmpty()) {
                    return unknownValue(e, constant.group(2), known);
                }
            }
            if (e instanceof UnreadableBody && e.getCause() == null) {
                return error(
                        Response.Status.BAD_REQUEST,
                        "The request body is not valid JSON: it is empty or null, and this address needs a JSON"
                                + " object.");
            }
            return error(Response.Status.BAD_REQUEST, "The request body is not valid JSON: " + detail(e));
        }

        private static Response unknownValue(Throwable e, String value, List<String> known) {
            return error(
                    422,
                    "Unprocessable Content",
                    "The request body is well-formed, but " + field(e) + " cannot be \"" + value + "\": use one of "
                            + String.join(", ", known) + ".");
        }

        /** {@code answers.status}: JSON-B names each property on the way down in the messages it wraps. */
        private static String field(Throwable e) {
            List<String> path = new ArrayList<>();
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
                if (t instanceof JsonbException && property.find()) {
                    path.add(property.group(1));
                }
            }
            return path.isEmpty() ? "a value" : String.join(".", path);
        }

        /** Where the parser stopped, or what JSON-B could not bind, without its "Internal error" preamble. */
        private static String detail(Throwable e) {
            Throwable parsing = cause(e, JsonParsingException.class);
            Throwable binding = cause(e, JsonbException.class);
            Throwable told = parsing != null ? parsing : binding != null ? binding : e;
            String message = told.getMessage() == null ? rootMessage(e) : told.getMessage();
            return message.replaceFirst("^Internal error: ", "");
        }

        /** The constants of an enumeration named as {@code Enum.valueOf} names it (a nested one with dots). */
        private static List<String> constants(String canonicalName) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            String name = canonicalName;
            while (true) {
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    return type.isEnum()
                            ? Arrays.stream(type.getEnumConstants())
                                    .map(c -> ((Enum<?>) c).name())
                                    .toList()
                            : List.of();
                } catch (ClassNotFoundException e) {
                    int dot = name.lastIndexOf('.');
                    if (dot < 0) {
                        return List.of();
                    }
                    name = name.substring(0, dot) + '$' + name.substring(dot + 1);
                }
            }
        }
    }

    /** Anything else: logged in full on the server, a sentence for the client, never a stack trace. */
    @Provider
    public static class Anything implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            if (e instanceof WebApplicationException web) {
                return new Web().toResponse(web);
            }
            // RESTEasy hands over what failed while reading a body wrapped in its own ReaderException.
            if (cause(e, UnreadableBody.class) != null
                    || cause(e, JsonParsingException.class) != null
                    || cause(e, JsonbException.class) != null) {
                return new Unreadable().respond(e);
            }
            LOG.log(Level.SEVERE, "Unexpected failure", e);
            return error(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the server; nothing was saved. Try again, and tell the secretariat if"
                            + " it happens again.");
        }
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return (dot >= 0 ? path.substring(dot + 1) : path) + " " + violation.getMessage();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t) || t.getClass().getName().endsWith("StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }

    /** The first of the type in the chain of causes, or null. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
