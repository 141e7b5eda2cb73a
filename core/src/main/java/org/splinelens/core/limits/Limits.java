package org.splinelens.core.limits;

import java.util.Locale;
import org.splinelens.core.io.InvalidInputException;

/**
 * Checks made before large work starts, so that a size too big for this JVM, or beyond a stated limit, is refused in
 * one line instead of failing with an {@link OutOfMemoryError} or running for hours.
 */
public final class Limits {
    /** How the user gives the command more memory; the launcher passes {@code JAVA_OPTS} to the JVM. */
    public static final String MORE_HEAP = "give Java more heap (e.g. JAVA_OPTS=-Xmx16g ./splinelens …)";

    /** Bytes of one {@code double}. */
    public static final int DOUBLE = Double.BYTES;

    /** The longest Java array: a few header words short of {@code Integer.MAX_VALUE}. */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * The unit of {@link #work}: steps of work one core does in about a second — a step is one inner-loop iteration of
     * a kernel (a segment cost of the DP, a data point of a partition check, a few floating-point operations).
     */
    public static final double STEPS_PER_SECOND = 1e8;

    /** Of the heap that is free, what one piece of work may plan to use: the rest is for what it did not count. */
    private static final double USABLE = 0.8;

    private Limits() {
    }

    /**
     * Refuses work that needs more memory than this JVM can still allocate. When the estimate does not fit what looks
     * free, the heap is collected once and measured again, so garbage of earlier steps is not counted as in use.
     *
     * @param what  the input that asks for it, as the user wrote it ({@code "--widths 100000,100000"})
     * @param bytes the estimated bytes (a {@code double}: estimates of huge inputs overflow a {@code long})
     * @throws InvalidInputException naming {@code what}, the estimate, the free heap and {@link #MORE_HEAP}
     */
    public static void memory(String what, double bytes) {
        if (fits(bytes)) {
            return;
        }
        // what looks used may be garbage of earlier steps (a layer's arrays, a parsed file): collect before refusing
        System.gc();
        double free = freeHeap();
        if (!(bytes <= USABLE * free) && bytes <= USABLE * Runtime.getRuntime().maxMemory()) {
            // garbage counts as used until collected (the lines of a data file just parsed): collect, then judge
            System.gc();
            free = freeHeap();
        }
        if (!(bytes <= USABLE * free)) {
            throw new InvalidInputException(what + ": needs about " + bytes(bytes) + " of memory, more than this JVM"
                    + " can use (" + bytes(USABLE * free) + " of its " + bytes(Runtime.getRuntime().maxMemory())
                    + " heap); " + MORE_HEAP);
        }
    }

    /**
     * @return whether {@code bytes} fit what looks free of the heap now, without collecting: when it does,
     *         {@link #memory} would pass, so a hot path can skip building its message (a call of {@link #memory}
     *         with the message decides otherwise)
     */
    public static boolean fits(double bytes) {
        return bytes <= USABLE * freeHeap();
    }

    /**
     * Refuses a count beyond a stated limit.
     *
     * @param what   the input that asks for it ({@code "eval --grid 0:1:1e-9"})
     * @param noun   what is counted ({@code "grid points"})
     * @param count  the count asked for (a {@code double}, so huge counts do not overflow)
     * @param limit  the limit
     * @param option the option that raises the limit ({@code "--max-points"})
     */
    public static void count(String what, String noun, double count, long limit, String option) {
        if (!(count <= limit)) {
            throw new InvalidInputException(what + ": " + number(count) + " " + noun + ", more than the limit of "
                    + number(limit) + " (" + option + " raises it)");
        }
    }

    /**
     * Refuses work estimated beyond a stated limit, before it starts: the estimate is a count of steps (see
     * {@link #STEPS_PER_SECOND}), so the same input is refused on every machine; the time in the message is a guide.
     *
     * @param what   the input that asks for it, with the sizes that make it large
     *               ({@code "fit --method dp: 10,000,000 data points, up to 20 breaks"})
     * @param steps  the estimated steps (a {@code double}: estimates of huge inputs overflow a {@code long})
     * @param limit  the limit, in steps
     * @param option the option that raises the limit ({@code "--max-work"})
     */
    public static void work(String what, double steps, double limit, String option) {
        if (!(steps <= limit)) {
            throw new InvalidInputException(what + ": needs about " + number(steps) + " steps of work ("
                    + duration(steps / STEPS_PER_SECOND) + "), more than the limit of " + number(limit) + " (" + option
                    + " raises it)");
        }
    }

    /**
     * The most bytes of input that may be read into memory when each byte read costs {@code memoryPerByte} bytes of
     * heap (the text, the lines or tree made of it, the numbers parsed from it): a stream is read up to this bound,
     * not further, so an endless one ({@code /dev/zero}) is refused instead of filling the heap.
     */
    public static long inputBytes(double memoryPerByte) {
        return (long) Math.max(0, USABLE * freeHeap() / memoryPerByte);
    }

    /**
     * @return {@code n} as an array length
     * @throws InvalidInputException naming {@code what} when no Java array holds {@code n} elements
     */
    public static int arrayLength(String what, String noun, double n) {
        if (!(n <= MAX_ARRAY)) {
            throw new InvalidInputException(what + ": " + number(n) + " " + noun + ", more than one Java array holds ("
                    + number(MAX_ARRAY) + ")");
        }
        return (int) n;
    }

    /** @return the heap this JVM can still allocate: its maximum less what is in use */
    public static double freeHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (double) (runtime.totalMemory() - runtime.freeMemory());
    }

    /** @return a size for people: {@code "512 MB"}, {@code "7.5 GB"} */
    public static String bytes(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
        int unit = 0;
        double size = bytes;
        while (size >= 1024 && unit < units.length - 1) {
            size /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, size < 10 && unit > 0 ? "%.1f %s" : "%.0f %s", size, units[unit]);
    }

    /** @return a rough duration for people: {@code "about 40 s"}, {@code "about 12 min"}, {@code "about 3.5 h"} */
    public static String duration(double seconds) {
        if (!(seconds < 60)) {
            double minutes = seconds / 60;
            if (minutes < 60) {
                return String.format(Locale.ROOT, "about %.0f min", minutes);
            }
            double hours = minutes / 60;
            if (hours < 48) {
                return String.format(Locale.ROOT, "about %.1f h", hours);
            }
            double days = hours / 24;
            return days < 730 ? String.format(Locale.ROOT, "about %.0f days", days)
                    : "about " + number(days / 365.25) + " years";
        }
        return String.format(Locale.ROOT, "about %.0f s", seconds);
    }

    /** @return a count for people: {@code "2,147,483,647"}, or {@code "1.1e+12"} beyond a long's digits */
    public static String number(double count) {
        return count < 1e15 ? String.format(Locale.ROOT, "%,d", (long) count)
                : String.format(Locale.ROOT, "%.2g", count);
    }
}
