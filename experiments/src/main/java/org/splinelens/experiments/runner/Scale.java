package org.splinelens.experiments.runner;

import java.util.Locale;
import org.splinelens.core.io.Excerpt;

/** Which preset of an experiment to run. */
public enum Scale {
    /** seconds: used by the tests and the default command */
    QUICK,
    /** the papers' full protocol */
    PAPER;

    /** @return the scale named {@code quick} or {@code paper} */
    public static Scale named(String name) {
        for (Scale scale : values()) {
            if (scale.name().toLowerCase(Locale.ROOT).equals(name)) {
                return scale;
            }
        }
        throw new IllegalArgumentException("scale: expected quick or paper, got " + Excerpt.of(name));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
