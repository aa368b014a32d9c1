package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may reach what, over HTTP. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void anAnonymousVisitorToASecretariatPageIsSentToTheLoginPage() {
        Http.Reply reply = http.get("/secretariat/index.xhtml");

        assertThat(reply.status()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordOnTheApiIsA401InJson() {
        Http.Reply reply = http.get("/api/v1/member-states/PER", "fp.peru", "not-the-password");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(((JsonObject) reply.json()).getString("message")).contains("password");
    }

    @Test
    void aDemoAccountSignsInWithTheDocumentedPassword() {
        Http.Reply reply = http.get("/api/v1/member-states/PER", "fp.peru", "demo-password-2026");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void theLoginPageIsPublic() {
        Http.Reply reply = http.get("/login.xhtml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("login:username").contains("login:password");
    }

    @Test
    void pagesForbidFramingAndSniffing() {
        java.net.http.HttpResponse<String> response = http.raw("/index.xhtml");

        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(attributes(cookie)).contains("httponly", "samesite=lax"));
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                .anySatisfy(csp -> assertThat(csp).contains("script-src 'self' 'nonce-"));
    }

    @Test
    void overTlsTheSessionCookieIsSecureAndOverPlainHttpItStaysUsable() {
        Http.TlsReply tls = http.getOverTls("/login.xhtml");
        java.net.http.HttpResponse<String> plain = http.raw("/login.xhtml");

        assertThat(tls.status()).isEqualTo(200);
        assertThat(tls.cookies())
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(attributes(cookie)).contains("secure", "httponly", "samesite=lax"));
        assertThat(plain.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie ->
                        assertThat(attributes(cookie)).doesNotContain("secure").contains("httponly"));
    }

    /** A Set-Cookie header's attributes after the name and value, in lower case (their names ignore case). */
    private static java.util.List<String> attributes(String setCookie) {
        String[] parts = setCookie.split(";");
        return java.util.Arrays.stream(parts, 1, parts.length)
                .map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    @Test
    void unpublishedOrUnknownLibraryDocumentsAreNotFoundForThePublic() {
        assertThat(http.get("/api/v1/library/documents/999999").status()).isEqualTo(404);
    }
}
