package org.unodc.rt.domain.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnLanguageTest {

    @Test
    void readsLanguageCodesAndLanguageTags() {
        assertThat(UnLanguage.fromCode("fr")).contains(UnLanguage.FR);
        assertThat(UnLanguage.fromCode("zh-CN")).contains(UnLanguage.ZH);
        assertThat(UnLanguage.fromCode(" AR ")).contains(UnLanguage.AR);
        assertThat(UnLanguage.fromCode("de")).isEmpty();
        assertThat(UnLanguage.fromCode(null)).isEmpty();
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertThat(UnLanguage.values()).filteredOn(UnLanguage::rightToLeft).containsExactly(UnLanguage.AR);
    }
}
