package org.unodc.rt.reports.data;

/** Spells session ordinals as UN documents do: "Thirty-fifth", "Twenty-first". */
final class OrdinalWords {

    private static final String[] UNITS = {
        "",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth"
    };
    private static final String[] TENS_ORDINAL = {
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"
    };
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };

    private OrdinalWords() {}

    static String of(int n) {
        if (n < 1 || n > 99) {
            return n + "th";
        }
        String word;
        if (n < 20) {
            word = UNITS[n];
        } else if (n % 10 == 0) {
            word = TENS_ORDINAL[n / 10];
        } else {
            word = TENS[n / 10] + "-" + UNITS[n % 10];
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
