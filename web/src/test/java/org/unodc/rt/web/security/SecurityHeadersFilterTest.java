package org.unodc.rt.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void apiAnswersAndDownloadsGetAPolicyUnderWhichNothingRuns() {
        assertThat(SecurityHeadersFilter.policy("", "/api/v1/returns/42"))
                .startsWith("default-src 'none';")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "script-src");
        assertThat(SecurityHeadersFilter.policy("/rt", "/rt/api/v1/library/documents/7/original"))
                .isEqualTo(SecurityHeadersFilter.DATA_POLICY);
    }

    @Test
    void pagesKeepTheirPolicy() {
        assertThat(SecurityHeadersFilter.policy("", "/focal/return.xhtml")).isEqualTo(SecurityHeadersFilter.POLICY);
        assertThat(SecurityHeadersFilter.policy("", "/apidocs.xhtml")).isEqualTo(SecurityHeadersFilter.POLICY);
        assertThat(SecurityHeadersFilter.policy("/rt", "/api/v1/resolutions"))
                .as("outside the application's context")
                .isEqualTo(SecurityHeadersFilter.POLICY);
    }

    @Test
    void errorPagesGetTheHeadersAgainAfterTheContainerResetTheResponse() {
        assertThat(SecurityHeadersFilter.class.getAnnotation(WebFilter.class).dispatcherTypes())
                .contains(DispatcherType.REQUEST, DispatcherType.ERROR);
    }
}
