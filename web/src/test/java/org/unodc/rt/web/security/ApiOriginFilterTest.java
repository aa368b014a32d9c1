package org.unodc.rt.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiOriginFilterTest {

    @Test
    void aWriteFromThisSitesPagesOrFromAScriptPasses() {
        assertThat(ApiOriginFilter.refusal("https://rt.unodc.org", "same-origin", "rt.unodc.org"))
                .isNull();
        assertThat(ApiOriginFilter.refusal("http://127.0.0.1:8080", null, "127.0.0.1:8080"))
                .isNull();
        assertThat(ApiOriginFilter.refusal(null, null, "rt.unodc.org"))
                .as("curl or a script sends no Origin")
                .isNull();
    }

    @Test
    void aWriteFromAnotherSitesPageIsRefused() {
        assertThat(ApiOriginFilter.refusal("https://evil.example", "cross-site", "rt.unodc.org"))
                .contains("another site");
        assertThat(ApiOriginFilter.refusal("https://evil.example", null, "rt.unodc.org"))
                .contains("Origin: https://evil.example");
        assertThat(ApiOriginFilter.refusal("http://127.0.0.1:9090", null, "127.0.0.1:8080"))
                .as("another port is another origin")
                .isNotNull();
        assertThat(ApiOriginFilter.refusal("null", null, "rt.unodc.org")).contains("Origin: null");
        assertThat(ApiOriginFilter.refusal(null, "cross-site", "rt.unodc.org")).contains("Sec-Fetch-Site");
    }
}
