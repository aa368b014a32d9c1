package org.unodc.rt.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.unodc.rt.infrastructure.mail.MailMessage;

/** What every notification must be, in whatever language: whole, in that language, the right way round. */
public final class MailChecks {

    private MailChecks() {}

    public static void complete(MailMessage mail, String language, String title, String link) {
        assertThat(mail.language()).isEqualTo(language);
        for (String part : new String[] {mail.subject(), mail.text(), mail.html()}) {
            // A placeholder left over, or a single quote that made MessageFormat skip one, shows as a brace.
            assertThat(part)
                    .doesNotContain("{")
                    .doesNotContain("}")
                    .doesNotContain("''")
                    .contains(title);
        }
        assertThat(mail.text()).contains(link);
        boolean rtl = language.equals("ar");
        assertThat(mail.html()).contains("<html lang=\"" + language + "\" dir=\"" + (rtl ? "rtl" : "ltr") + "\">");
        if (rtl) {
            assertThat(mail.text().lines().filter(line -> !line.isEmpty()))
                    .allSatisfy(line -> assertThat(line).startsWith("\u200F"));
            assertThat(mail.subject()).containsPattern("[\\u0600-\\u06FF]");
        } else {
            assertThat(mail.text()).doesNotContain("\u200F").doesNotContain("\u2068");
        }
    }
}
