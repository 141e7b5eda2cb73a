package org.splinelens.init.datadependent;

import org.splinelens.init.InitConfig;

/** Config records of the data-dependent initializers. */
public final class DataDependentConfigs {
    private DataDependentConfigs() {
    }

    /**
     * @param amplitude knot values are drawn from {@code U[−amplitude, amplitude]} (default 2, the paper's)
     * @param alpha     init scale (default 1)
     */
    public record Spiky(double amplitude, double alpha) implements InitConfig {
        public static final Spiky DEFAULTS = new Spiky(2, 1);

        public Spiky {
            InitConfig.checkPositive("amplitude", amplitude);
            InitConfig.checkAlpha(alpha);
        }
    }

    /**
     * @param noise standard deviation of the noise added to the standard start's values (default 0.01)
     * @param alpha init scale (default 1)
     */
    public record UniformBreakpoints(double noise, double alpha) implements InitConfig {
        public static final UniformBreakpoints DEFAULTS = new UniformBreakpoints(0.01, 1);

        public UniformBreakpoints {
            if (!(noise >= 0) || Double.isInfinite(noise)) {
                throw new IllegalArgumentException("noise must be a finite number >= 0, got " + noise);
            }
            InitConfig.checkAlpha(alpha);
        }
    }

    /** @param alpha init scale (default 1) */
    public record Flat(double alpha) implements InitConfig {
        public static final Flat DEFAULTS = new Flat(1);

        public Flat {
            InitConfig.checkAlpha(alpha);
        }
    }
}
