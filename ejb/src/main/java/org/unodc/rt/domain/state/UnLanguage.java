package org.unodc.rt.domain.state;

import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in the order UN documents list them. */
public enum UnLanguage {
    AR,
    ZH,
    EN,
    FR,
    RU,
    ES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean rightToLeft() {
        return this == AR;
    }

    /** The language of a code, or English for anything else: what a reader with no UN language is written to in. */
    public static UnLanguage orEnglish(String code) {
        return fromCode(code).orElse(EN);
    }

    public static Optional<UnLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        int dash = normalized.indexOf('-');
        if (dash > 0) {
            normalized = normalized.substring(0, dash);
        }
        for (UnLanguage language : values()) {
            if (language.name().equals(normalized)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
