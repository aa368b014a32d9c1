package org.unodc.rt.reports.layout;

/** Labels of headings: "I." for chapters, "A." for sections, as in UN documents. */
final class Numbering {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numbering() {}

    static String roman(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                out.append(SYMBOLS[i]);
                n -= VALUES[i];
            }
        }
        return out.toString();
    }

    /** 1 → "A", 26 → "Z", 27 → "AA". */
    static String letter(int n) {
        StringBuilder out = new StringBuilder();
        while (n > 0) {
            n--;
            out.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return out.toString();
    }
}
