package org.unodc.rt.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedFormatTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final LocalDate SESSION_OPENS = LocalDate.of(2028, 5, 15);
    /** 08:05 UTC is 09:05 in Vienna in November (UTC+1). */
    private static final Instant SUBMITTED = Instant.parse("2026-11-23T08:05:00Z");

    private static LocalizedFormat in(String language) {
        return new LocalizedFormat(Locale.forLanguageTag(language), VIENNA);
    }

    @Test
    void datesFollowTheLanguage() {
        assertThat(in("en").date(SESSION_OPENS)).isEqualTo("May 15, 2028");
        assertThat(in("fr").date(SESSION_OPENS)).isEqualTo("15 mai 2028");
        assertThat(in("es").date(SESSION_OPENS)).isEqualTo("15 may 2028");
        assertThat(in("ru").date(SESSION_OPENS)).isEqualTo("15 мая 2028 г.");
        assertThat(in("zh").date(SESSION_OPENS)).isEqualTo("2028年5月15日");
    }

    @Test
    void lettersWriteTheMonthInFull() {
        assertThat(in("en").longDate(SESSION_OPENS)).isEqualTo("May 15, 2028");
        assertThat(in("fr").longDate(SESSION_OPENS)).isEqualTo("15 mai 2028");
        assertThat(in("es").longDate(SESSION_OPENS)).isEqualTo("15 de mayo de 2028");
        assertThat(in("ar").longDate(SESSION_OPENS)).isEqualTo("15 مايو 2028");
        assertThat(in("en").longDate(null)).isEmpty();
    }

    @Test
    void arabicUsesWesternDigitsAsTheUnsArabicDocumentsDo() {
        String date = in("ar").date(SESSION_OPENS);

        assertThat(date).contains("15").contains("2028").doesNotContainPattern("[\u0660-\u0669]");
        assertThat(in("ar").number(1234567.5)).isEqualTo("1,234,567.5");
    }

    @Test
    void instantsAreShownInTheReadersTimeZoneAndSayWhichOne() {
        assertThat(in("fr").dateTime(SUBMITTED)).isEqualTo("23 nov. 2026 09:05 (Europe/Vienna)");
        assertThat(in("zh").dateTime(SUBMITTED)).startsWith("2026年11月23日").contains("9:05");
        assertThat(new LocalizedFormat(Locale.ENGLISH, ZoneId.of("America/Lima")).dateTime(SUBMITTED))
                .isEqualTo("Nov 23, 2026, 3:05 AM (America/Lima)");
    }

    @Test
    void anInstantGivenAsADateIsTheDayInTheReadersZone() {
        Instant lateEvening = Instant.parse("2026-11-23T23:30:00Z");

        assertThat(in("en").date(lateEvening)).isEqualTo("Nov 24, 2026");
    }

    @Test
    void numbersAreGroupedAsTheLanguageGroupsThem() {
        assertThat(in("en").number(1234567)).isEqualTo("1,234,567");
        assertThat(in("fr").number(1234567)).isEqualTo("1\u202f234\u202f567");
        assertThat(in("es").number(1234567.5)).isEqualTo("1.234.567,5");
        assertThat(in("zh").number(193)).isEqualTo("193");
        assertThat(in("ru").number(1234.5)).isEqualTo("1\u00a0234,5");
    }

    @Test
    void percentagesAndRanges() {
        assertThat(in("en").percent(42.5)).isEqualTo("42.5%");
        assertThat(in("fr").percent(42.5)).isEqualTo("42,5\u00a0%");
        assertThat(in("en").dateRange(SESSION_OPENS, SESSION_OPENS.plusDays(4)))
                .isEqualTo("May 15, 2028 – May 19, 2028");
        assertThat(in("en").dateRange(SESSION_OPENS, SESSION_OPENS)).isEqualTo("May 15, 2028");
    }

    @Test
    void listsAreJoinedAsTheLanguageJoinsThem() {
        java.util.List<String> items = java.util.List.of("الاتجار بالأشخاص", "cybercrime");

        assertThat(LocalizedFormat.list(Locale.forLanguageTag("ar"), items))
                .isEqualTo("\u2068الاتجار بالأشخاص\u2069، \u2068cybercrime\u2069");
        assertThat(LocalizedFormat.list(Locale.CHINESE, java.util.List.of("贩运人口", "洗钱")))
                .isEqualTo("贩运人口、洗钱");
        assertThat(LocalizedFormat.list(Locale.FRENCH, java.util.List.of("a", "b")))
                .isEqualTo("a, b");
    }

    @Test
    void nothingToShowIsEmpty() {
        assertThat(in("en").date(null)).isEmpty();
        assertThat(in("en").dateTime(null)).isEmpty();
        assertThat(in("en").number(null)).isEmpty();
    }
}
