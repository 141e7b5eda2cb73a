package org.splinelens.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.network.DeepArchitecture;
import picocli.CommandLine.Option;

/** {@code --width H} (a shallow net) or {@code --widths h1,h2,…} (a deep one): the shape of networks to draw. */
public final class NetworkShape {
    @Option(names = "--width", description = "shallow network width H (train and movie: "
            + TrainingOptions.WIDTH + " unless --widths or --from is given)")
    Integer width;

    @Option(names = "--widths", split = ",", description = "deep network hidden widths h1,h2,...")
    int[] widths;

    public boolean given() {
        return width != null || widths != null;
    }

    /** @return whether the shape is {@code --width}'s: a shallow network */
    public boolean shallow() {
        return width != null;
    }

    /** @return the option that gave the shape, for error lines */
    public String option() {
        return shallow() ? "--width" : "--widths";
    }

    /** @return the option as the user gave it, for error lines: {@code "--widths 100000,100000"} */
    public String text() {
        return shallow() ? "--width " + width : "--widths " + Arrays.stream(widths).mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
    }

    /**
     * @return the shape, one hidden layer for {@code --width}; exactly one of the two options must be given, and its
     *         parameters must fit in one Java array (counted before anything is allocated)
     */
    public DeepArchitecture architecture() {
        if ((width == null) == (widths == null)) {
            throw new InvalidInputException("give exactly one of --width (shallow) and --widths (deep)");
        }
        if (width != null && width < 1) {
            throw new InvalidInputException("--width must be >= 1, got " + width);
        }
        Limits.arrayLength(text(), "parameters", DeepArchitecture.parameterCount(shallow() ? new int[] {width}
                : widths));
        try {
            return width != null ? new DeepArchitecture(width) : new DeepArchitecture(widths);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(option() + ": " + e.getMessage());
        }
    }
}
