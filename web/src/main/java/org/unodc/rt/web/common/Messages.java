package org.unodc.rt.web.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.reports.data.Languages;

/** Looks up interface text in the user's language and shows it as a Faces message. */
public final class Messages {

    public static final String BUNDLE = "org.unodc.rt.web.messages";

    private Messages() {}

    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale());
        String pattern = bundle.getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, Languages.forFormatting(locale())).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Shows why a service refused the request (a business rule, bad input), in the interface language. */
    public static void error(BusinessException refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.explanation(locale()));
    }

    /**
     * The explanation of the first business refusal or broken domain rule in {@code thrown}'s causes, in the
     * interface language; {@code null} when the failure is not one the user can act on.
     */
    public static String explanation(Throwable thrown) {
        Locale locale = locale();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException refusal) {
                return refusal.explanation(locale);
            }
            if (t instanceof RuleViolation violation) {
                return violation.explanation(locale);
            }
        }
        return null;
    }

    /**
     * The user's interface language. Not the view's: a view action runs before the view (and its locale) is built,
     * so a message it adds would otherwise come out in the browser's language.
     */
    private static Locale locale() {
        return CDI.current().select(UserSession.class).get().getLocale();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
