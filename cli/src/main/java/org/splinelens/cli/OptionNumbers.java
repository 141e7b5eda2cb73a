package org.splinelens.cli;

import org.splinelens.core.io.Decimal;
import org.splinelens.core.io.Excerpt;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * How numeric option values are read: as in data files, not as Java reads them. picocli's own converters take
 * {@code --lr 0x1p3}, {@code --lr 1.5d}, {@code --lr NaN} and {@code --domain 0,Infinity} (Java's
 * {@link Double#valueOf}) and Unicode digits in integers ({@link Integer#valueOf} reads {@code ٣} as 3), and quote a
 * value of any length in their message. Here doubles are finite {@link Decimal}s and integers are ASCII digits with
 * an optional sign (surrounding spaces and tabs ignored, as {@code "0, 1"} lists have them), and a refusal quotes at
 * most {@link Excerpt#LIMIT} characters; picocli names the option.
 */
final class OptionNumbers {
    private OptionNumbers() {
    }

    /** Registers the converters on {@code cli} and every subcommand it has now. */
    static void register(CommandLine cli) {
        CommandLine.ITypeConverter<Double> decimal = OptionNumbers::decimal;
        cli.registerConverter(Double.class, decimal);
        cli.registerConverter(Double.TYPE, decimal);
        CommandLine.ITypeConverter<Integer> integer = text -> (int) integer(text, Integer.MIN_VALUE,
                Integer.MAX_VALUE);
        cli.registerConverter(Integer.class, integer);
        cli.registerConverter(Integer.TYPE, integer);
        CommandLine.ITypeConverter<Long> longInteger = text -> integer(text, Long.MIN_VALUE, Long.MAX_VALUE);
        cli.registerConverter(Long.class, longInteger);
        cli.registerConverter(Long.TYPE, longInteger);
    }

    static double decimal(String text) {
        String problem = Decimal.problem(text);
        if (problem != null) {
            throw new TypeConversionException(problem);
        }
        return Double.parseDouble(Decimal.strip(text));
    }

    static long integer(String text, long min, long max) {
        String trimmed = Decimal.strip(text);
        if (!trimmed.matches("[+-]?[0-9]+")) {
            throw new TypeConversionException("expected an integer, got " + Excerpt.of(text));
        }
        long value;
        try {
            value = Long.parseLong(trimmed);
        } catch (NumberFormatException beyondLong) {
            throw beyond(trimmed, min, max);
        }
        if (value < min || value > max) {
            throw beyond(trimmed, min, max);
        }
        return value;
    }

    private static TypeConversionException beyond(String text, long min, long max) {
        return new TypeConversionException(Excerpt.of(text) + " is beyond the range " + min + " to " + max);
    }
}
