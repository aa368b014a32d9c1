package org.unodc.rt.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How every e-mail is put together: values isolated, Arabic right to left, HTML escaped, English as the fallback. */
class MailTemplatesTest {

    private static final MailTemplates CYCLE = new MailTemplates("org.unodc.rt.application.cycle.mail");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);
    private static final String LINK = "https://rt.example.org/focal/return.xhtml?cycle=7";

    private static MailMessage opened(String language, String title) {
        return CYCLE.compose(
                "opened", language, ZoneOffset.UTC, "Amina Otieno", title, 35, DEADLINE, new MailTemplates.Link(LINK));
    }

    @Test
    void englishReadsAsALetterWithTheDateAsTheLanguageWritesIt() {
        MailMessage mail = opened("en", "Reporting for the 35th session");

        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.subject()).isEqualTo("Reporting cycle open: Reporting for the 35th session");
        assertThat(mail.text())
                .startsWith("Dear Amina Otieno,\n\n")
                .contains("\u201CReporting for the 35th session\u201D for session 35 of the Commission")
                .contains("no later than March 31, 2026 (Vienna time)")
                .contains("\n" + LINK + "\n");
        assertThat(mail.html())
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("<p>Dear <bdi>Amina Otieno</bdi>,</p>")
                .contains("<a dir=\"ltr\" href=\"" + LINK + "\">" + LINK + "</a>");
    }

    @Test
    void arabicIsRightToLeftAndKeepsAnEnglishTitleFromReorderingTheSentence() {
        MailMessage mail = opened("ar", "Reporting for the 35th session (2026)");

        assertThat(mail.language()).isEqualTo("ar");
        assertThat(mail.html())
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("«<bdi>Reporting for the 35th session (2026)</bdi>»");
        assertThat(mail.subject()).isEqualTo("فتح دورة الإبلاغ: \u2068Reporting for the 35th session (2026)\u2069");
        // Each line opens with a right-to-left mark, so a client that guesses the direction per line guesses right
        // even where a line starts with a name or a link.
        assertThat(mail.text().lines().filter(line -> !line.isEmpty()))
                .allSatisfy(line -> assertThat(line).startsWith("\u200F"));
        assertThat(mail.text())
                .contains("\u2068Reporting for the 35th session (2026)\u2069")
                .contains("\u200F" + LINK + "\n")
                // 31 March 2026, in Arabic-Indic digits as the Arabic pages write dates.
                .contains("\u206831")
                .contains("2026\u2069")
                .contains("للدورة \u206835\u2069 للجنة منع الجريمة والعدالة الجنائية");
    }

    @Test
    void valuesCannotInjectMarkupIntoTheHtmlPart() {
        MailMessage mail = opened("fr", "<script>alert(1)</script> & co");

        assertThat(mail.html())
                .doesNotContain("<script>")
                .contains("<bdi>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</bdi>");
        assertThat(mail.text()).contains("« <script>alert(1)</script> & co »");
    }

    @Test
    void aLanguageOutsideTheSixIsWrittenToInEnglish() {
        assertThat(opened("de", "T").language()).isEqualTo("en");
        assertThat(opened(null, "T").subject()).isEqualTo("Reporting cycle open: T");
    }

    @Test
    void anUnknownTextIsAnError() {
        assertThatThrownBy(() -> CYCLE.compose("nothing", "fr", ZoneOffset.UTC))
                .isInstanceOf(MissingResourceException.class);
    }

    /** A language file that lacks a key would silently send that e-mail in English. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "org/unodc/rt/application/account/mail",
                "org/unodc/rt/application/cycle/mail",
                "org/unodc/rt/application/returns/mail"
            })
    void everyLanguageHasEveryText(String bundle) throws IOException {
        Set<String> english = load(bundle + ".properties").stringPropertyNames();
        assertThat(english).isNotEmpty();
        for (String language : new String[] {"ar", "zh", "fr", "ru", "es"}) {
            assertThat(load(bundle + "_" + language + ".properties").stringPropertyNames())
                    .as(bundle + " in " + language)
                    .containsExactlyInAnyOrderElementsOf(english);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplatesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
