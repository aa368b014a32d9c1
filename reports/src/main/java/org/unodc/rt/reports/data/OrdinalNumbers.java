package org.unodc.rt.reports.data;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English ordinal numbers as UN documents write session numbers: "twenty-fourth" (24), "hundredth" (100),
 * "one hundred and first" (101), and numeric "24th". The one place for them: the resolution parser reads them
 * (ejb depends on this module), reports write them.
 */
public final class OrdinalNumbers {

    private static final String[] UNITS_CARDINAL = {
        "",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen"
    };
    private static final String[] UNITS_ORDINAL = {
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
    private static final String[] TENS_CARDINAL = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    private static final String[] TENS_ORDINAL = {
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"
    };

    private static final Map<String, Integer> CARDINALS;
    private static final Map<String, Integer> ORDINALS;

    static {
        Map<String, Integer> cardinals = new java.util.HashMap<>();
        Map<String, Integer> ordinals = new java.util.HashMap<>();
        for (int i = 1; i < 20; i++) {
            cardinals.put(UNITS_CARDINAL[i], i);
            ordinals.put(UNITS_ORDINAL[i], i);
        }
        for (int i = 2; i < 10; i++) {
            cardinals.put(TENS_CARDINAL[i], i * 10);
            ordinals.put(TENS_ORDINAL[i], i * 10);
        }
        // OCR and older spellings seen in UN texts
        ordinals.put("fourtieth", 40);
        ordinals.put("nineth", 9);
        ordinals.put("twelveth", 12);
        CARDINALS = Map.copyOf(cardinals);
        ORDINALS = Map.copyOf(ordinals);
    }

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})\\s*(?:st|nd|rd|th|d)");
    /** Word separators inside an ordinal: hyphen, en dash, spaces, "and". */
    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014]+(?:and[\\s\\-]+)?");

    private OrdinalNumbers() {}

    /**
     * Reads an ordinal: "twenty-fourth", "Twenty fourth", "hundredth", "one hundred and first", "24th".
     *
     * @return the number, or empty when the text is not an ordinal
     */
    public static OptionalInt parse(String ordinal) {
        if (ordinal == null) {
            return OptionalInt.empty();
        }
        String s = ordinal.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > 60) {
            return OptionalInt.empty();
        }
        Matcher numeric = NUMERIC.matcher(s);
        if (numeric.matches()) {
            int n = Integer.parseInt(numeric.group(1));
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        }
        String[] words = SEPARATORS.split(s);
        int total = 0;
        int current = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean last = i == words.length - 1;
            if (w.isEmpty()) {
                continue;
            }
            if (last) {
                if (w.equals("hundredth")) {
                    return OptionalInt.of(total + Math.max(current, 1) * 100);
                }
                if (w.equals("thousandth")) {
                    return OptionalInt.of((total + Math.max(current, 1)) * 1000);
                }
                Integer o = ORDINALS.get(w);
                if (o == null) {
                    return OptionalInt.empty();
                }
                // "twenty-fourth": the ordinal adds to what came before, but "twenty twentieth" is nonsense
                if (o >= 20 && current % 100 >= 20) {
                    return OptionalInt.empty();
                }
                if (o < 20 && current % 10 != 0) {
                    return OptionalInt.empty();
                }
                return OptionalInt.of(total + current + o);
            }
            if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
                continue;
            }
            if (w.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
                continue;
            }
            Integer c = CARDINALS.get(w);
            if (c == null) {
                return OptionalInt.empty();
            }
            current += c;
        }
        return OptionalInt.empty();
    }

    /** Writes a number from 1 to 999 as UN documents do: 24 gives "twenty-fourth", 101 "one hundred and first". */
    public static String toWords(int n) {
        if (n < 1 || n > 999) {
            throw new IllegalArgumentException("Only 1 to 999 can be written as words: " + n);
        }
        int hundreds = n / 100;
        int rest = n % 100;
        StringBuilder sb = new StringBuilder();
        if (hundreds > 0) {
            sb.append(UNITS_CARDINAL[hundreds]).append(" hundred");
            if (rest == 0) {
                return sb.append("th").toString();
            }
            sb.append(" and ");
        }
        if (rest < 20) {
            sb.append(UNITS_ORDINAL[rest]);
        } else if (rest % 10 == 0) {
            sb.append(TENS_ORDINAL[rest / 10]);
        } else {
            sb.append(TENS_CARDINAL[rest / 10]).append('-').append(UNITS_ORDINAL[rest % 10]);
        }
        return sb.toString();
    }

    /** Numeric form: 1 gives "1st", 22 "22nd", 24 "24th", 111 "111th". */
    public static String toNumeric(int n) {
        int mod100 = n % 100;
        String suffix;
        if (mod100 >= 11 && mod100 <= 13) {
            suffix = "th";
        } else {
            suffix = switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }
}
