package org.unodc.rt.web.common;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.RuleViolation;

/**
 * The one place where pages turn refused requests into messages: a business rule's explanation (an edit conflict
 * among them), a save that lost a race, or a refusal of the caller's role, is shown on the page that asked; everything
 * else goes to the container's error page. A page opened (not posted back) for something that is not there answers
 * the 404 page. Beans do not catch these themselves.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = events.next().getContext().getException();
            if (faces != null && !faces.isPostback() && notFound(cause)) {
                // A page opened for something that does not exist (or that the caller may not know of): the
                // address is wrong, so the answer is the 404 page, not an empty page with a message.
                try {
                    faces.getExternalContext().responseSendError(404, Messages.explanation(notFoundCause(cause)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                faces.responseComplete();
                events.remove();
                continue;
            }
            String message = explanation(cause);
            if (message != null && faces != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
                faces.validationFailed();
                faces.renderResponse();
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static boolean notFound(Throwable thrown) {
        return notFoundCause(thrown) != null;
    }

    private static NotFoundException notFoundCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFoundException found) {
                return found;
            }
        }
        return null;
    }

    private static String explanation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException || t instanceof RuleViolation) {
                return Messages.explanation(t);
            }
            if (t instanceof OptimisticLockException) {
                // Two saves of the same record at the same moment, caught by its version as the transaction commits;
                // a save on a version read earlier is an EditConflict, a BusinessException, above.
                return Messages.text("error.editConflict");
            }
            if (t instanceof EJBAccessException) {
                auditRefusal(t);
                return Messages.text("error.forbidden");
            }
            if (!(t instanceof FacesException || t instanceof EJBException || t.getCause() != null)) {
                return null;
            }
        }
        return null;
    }

    /**
     * A service refused the caller's role during a page's action (a button the page should not have offered, or a
     * forged request): written to the audit trail like every other refusal, with the page it came from.
     */
    private static void auditRefusal(Throwable refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String who = faces == null || faces.getExternalContext().getRemoteUser() == null
                ? "anonymous"
                : faces.getExternalContext().getRemoteUser();
        String view = faces == null || faces.getViewRoot() == null
                ? null
                : faces.getViewRoot().getViewId();
        jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(org.unodc.rt.application.AuditLog.class)
                .get()
                .denied(who, "PAGE_ACTION", "View", view, refusal.getMessage());
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
