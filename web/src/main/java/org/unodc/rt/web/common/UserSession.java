package org.unodc.rt.web.common;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.domain.state.UnLanguage;

/** The visitor's interface language and time zone, and who they are once signed in. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    private Locale locale;
    private ZoneId zone = ZoneId.of("Europe/Vienna");

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale requested =
                    faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
            locale = UnLanguage.fromCode(requested.getLanguage())
                    .map(l -> Locale.forLanguageTag(l.code()))
                    .orElse(Locale.ENGLISH);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        this.locale = UnLanguage.fromCode(language)
                .map(l -> Locale.forLanguageTag(l.code()))
                .orElse(Locale.ENGLISH);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public String getDirection() {
        return "ar".equals(getLanguage()) ? "rtl" : "ltr";
    }

    public List<UnLanguage> getLanguages() {
        return List.of(UnLanguage.values());
    }

    public String languageName(UnLanguage language) {
        Locale target = Locale.forLanguageTag(language.code());
        String name = target.getDisplayLanguage(target);
        return name.substring(0, 1).toUpperCase(target) + name.substring(1);
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /** WildFly reports an unauthenticated caller as a principal named "anonymous"; that is nobody signed in. */
    public boolean isSignedIn() {
        return getUsername() != null;
    }

    public String getUsername() {
        Principal principal = security.getCallerPrincipal();
        return principal == null || "anonymous".equals(principal.getName()) ? null : principal.getName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isStaff() {
        return hasRole("SECRETARIAT") || hasRole("ADMIN");
    }

    public boolean isFocalPoint() {
        return hasRole("FOCAL_POINT");
    }
}
