package org.splinelens.core.io;

/**
 * Numbers as people write them in data files and on the command line: finite decimals in the syntax that C's
 * {@code strtod}, Python's {@code float}, R and spreadsheets all read,
 * <pre>
 *   [+|-] (digits [. [digits]] | . digits) [(e|E) [+|-] digits]
 * </pre>
 * so {@code 1}, {@code -1.5}, {@code +2}, {@code .5}, {@code 5.}, {@code 1e-3} and {@code 1E+3}. A leading {@code +} is
 * accepted because every one of those readers accepts it and it cannot mean anything else.
 *
 * <p>{@link Double#parseDouble} alone would also take Java's own spellings, which no other tool writes and which
 * mostly signal a file that is not what it seems: hexadecimal ({@code 0x1p3}), type suffixes ({@code 1.5d},
 * {@code 2f}), {@code NaN} and {@code Infinity}, and any leading or trailing control character, NUL included. They are
 * refused, as are {@code nan} and {@code inf}: data and settings are finite. A decimal beyond the range of a double
 * ({@code 1e400}) is refused rather than read as infinity; one below the smallest double rounds to zero, as in every
 * reader above. Surrounding spaces and tabs are ignored (column-aligned files and {@code "0, 1"} lists have them).
 */
public final class Decimal {
    private Decimal() {
    }

    /** @return whether {@code text}, exactly (no surrounding space), is a decimal of the grammar above */
    public static boolean isDecimal(CharSequence text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int intDigits = digits(text, i);
        i += intDigits;
        int fracDigits = 0;
        if (i < n && text.charAt(i) == '.') {
            i++;
            fracDigits = digits(text, i);
            i += fracDigits;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expDigits = digits(text, i);
            if (expDigits == 0) {
                return false;
            }
            i += expDigits;
        }
        return i == n;
    }

    /**
     * Parses a finite decimal, ignoring surrounding spaces and tabs.
     *
     * @param where what holds the text, for the message: {@code "data.csv: line 3, column 2 (y)"} or
     *              {@code "--domain"}
     * @throws InvalidInputException {@code "<where>: "} and the {@link #problem} with the text
     */
    public static double parse(String text, String where) {
        String problem = problem(text);
        if (problem != null) {
            throw new InvalidInputException(where + ": " + problem);
        }
        return Double.parseDouble(strip(text));
    }

    /**
     * @return why {@code text} (surrounding spaces and tabs ignored) is not a finite decimal, quoting it with
     *         {@link Excerpt}: {@code "expected a finite decimal number (like -1.5, .5 or 2e-3), got '0x1p3'"} or
     *         {@code "'1e400' is beyond the range of a double (about ±1.8e308)"}; {@code null} when it is one
     */
    public static String problem(String text) {
        String trimmed = strip(text);
        if (!isDecimal(trimmed)) {
            return "expected a finite decimal number (like -1.5, .5 or 2e-3), got " + Excerpt.of(text);
        }
        // the grammar is a subset of Java's, so this parses exactly (correctly rounded) and never throws
        if (Double.isInfinite(Double.parseDouble(trimmed))) {
            return Excerpt.of(trimmed) + " is beyond the range of a double (about ±1.8e308)";
        }
        return null;
    }

    /** @return {@code text} without leading and trailing spaces and tabs (and nothing else) */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static int digits(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
