package org.unodc.rt.web.common;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.application.AccountService;
import org.unodc.rt.domain.state.UnLanguage;

/** The visitor's interface language and time zone, and who they are once signed in. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private Locale locale;
    private String formToken;
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

    /**
     * Switches the interface language for this session only: what a link with {@code ?lang=} does, since a GET
     * changes nothing that is stored.
     */
    public void switchTo(String language) {
        UnLanguage chosen = UnLanguage.fromCode(language).orElse(UnLanguage.EN);
        this.locale = Locale.forLanguageTag(chosen.code());
    }

    /**
     * The language the user chose in the language menu (a POST, see {@link LanguageServlet}): used from now on, and
     * remembered in a signed-in user's account for their next session.
     */
    public void choose(String language, String username) {
        switchTo(language);
        if (username != null) {
            accounts.rememberMyLanguage(getLanguage());
        }
    }

    /**
     * A random secret of this session that the language menu's form sends back, so another site cannot change a
     * user's language by posting to {@link LanguageServlet} in their name.
     */
    public String getFormToken() {
        if (formToken == null) {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            formToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        }
        return formToken;
    }

    /** The page being shown, without its {@code lang} parameter: where the language menu returns to. */
    public String getCurrentUrl() {
        String withLanguage = languageUrl(UnLanguage.EN);
        return withLanguage.substring(0, withLanguage.length() - "lang=en".length() - 1);
    }

    /**
     * The sign-in page, coming back to the current page afterwards: {@code continue} is a path inside the application
     * (without the context path), as the sign-in page expects.
     */
    public String getSignInUrl() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String context = request.getContextPath();
        String current = getCurrentUrl();
        String path = current.startsWith(context + "/") ? current.substring(context.length()) : "/index.xhtml";
        return context + "/login.xhtml?continue="
                + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Applies what the account remembers, right after sign-in. */
    public void signedIn(String language, String timeZone) {
        UnLanguage.fromCode(language).ifPresent(l -> this.locale = Locale.forLanguageTag(l.code()));
        try {
            this.zone = ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            this.zone = ZoneId.of("Europe/Vienna");
        }
    }

    /** The current page in another language: the same address and parameters, with {@code lang} replaced. */
    public String languageUrl(UnLanguage language) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        StringBuilder url = new StringBuilder(uri).append('?');
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    url.append(part).append('&');
                }
            }
        }
        return url.append("lang=").append(language.code()).toString();
    }

    public String getDirection() {
        return "ar".equals(getLanguage()) ? "rtl" : "ltr";
    }

    public List<UnLanguage> getLanguages() {
        return List.of(UnLanguage.values());
    }

    /** The name of a language given by its code, in that language; the code itself when it is not a UN language. */
    public String languageNameOf(String code) {
        return UnLanguage.fromCode(code).map(this::languageName).orElse(code);
    }

    public String languageName(UnLanguage language) {
        Locale target = Locale.forLanguageTag(language.code());
        String name = target.getDisplayLanguage(target);
        return name.substring(0, 1).toUpperCase(target) + name.substring(1);
    }

    public ZoneId getZone() {
        return zone;
    }

    /** WildFly reports an unauthenticated caller as a principal named "anonymous"; that is nobody signed in. */
    public boolean isSignedIn() {
        return getUsername() != null;
    }

    public String getUsername() {
        Principal principal = security().getCallerPrincipal();
        return principal == null || "anonymous".equals(principal.getName()) ? null : principal.getName();
    }

    public boolean hasRole(String role) {
        return security().isCallerInRole(role);
    }

    public boolean isStaff() {
        return hasRole("SECRETARIAT") || hasRole("ADMIN");
    }

    public boolean isFocalPoint() {
        return hasRole("FOCAL_POINT");
    }

    /** Whether the caller works on a State's returns: a focal point, a contributor or an observer. */
    public boolean isOfState() {
        return hasRole("FOCAL_POINT") || hasRole("CONTRIBUTOR") || hasRole("OBSERVER");
    }

    /**
     * The caller of the current request. Looked up on each use, not kept in a field: it belongs to the request and its
     * server, while this session may be read back on another server of a cluster.
     */
    private static SecurityContext security() {
        return CDI.current().select(SecurityContext.class).get();
    }
}
