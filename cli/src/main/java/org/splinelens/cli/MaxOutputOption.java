package org.splinelens.cli;

import java.util.Locale;
import org.splinelens.core.io.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * {@code --max-output SIZE}: the most bytes a command's files may take, estimated before anything is written (a
 * 400,000-epoch run of 200 units observed every 50 epochs writes some 180 MB of breakpoints). Sizes are a number with
 * an optional unit {@code B}, {@code KB}, {@code MB}, {@code GB}, {@code TB} (powers of 1024, as the sizes the
 * commands print).
 */
final class MaxOutputOption {
    static final String NAME = "--max-output";
    static final String DEFAULT = "1GB";

    @Option(names = NAME, paramLabel = "SIZE", defaultValue = DEFAULT,
            description = "refuse to start when the files are estimated at more than SIZE (e.g. 500MB, 5GB;"
                    + " default ${DEFAULT-VALUE})")
    String max = DEFAULT;

    /** @return the limit in bytes */
    double bytes() {
        return parse(max);
    }

    /** @return {@code text} in bytes: a number, then optionally B, KB, MB, GB or TB (case-insensitive) */
    static double parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        String[] units = {"TB", "GB", "MB", "KB", "B"};
        double factor = 1;
        for (int u = 0; u < units.length; u++) {
            if (t.endsWith(units[u])) {
                factor = Math.pow(1024, units.length - 1 - u);
                t = t.substring(0, t.length() - units[u].length()).strip();
                break;
            }
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(NAME + ": expected a size such as 500MB or 5GB, got '" + text + "'");
        }
        return value * factor;
    }
}
