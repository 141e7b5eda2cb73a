package org.splinelens.core.targets;

import java.util.List;

/**
 * The built-in target functions. Where a paper names a function without a formula, the choice made here:
 * <ul>
 *   <li>{@code sawtooth}: 'a sawtooth from [−2, 2] with minimum −1 at the endpoints and 4 peaks of 1' — the triangle
 *       wave with valleys −1 at −2, −1, 0, 1, 2 and peaks 1 at ±0.5, ±1.5.</li>
 *   <li>{@code sawtooth-period3}: 'a sawtooth with period 3 and amplitude 1' on [−3, 3] — a triangle wave (continuous,
 *       as the first one) with valleys −1 at −3, 0, 3 and peaks 1 at ±1.5.</li>
 *   <li>{@code poly5}: 'a 5-piece polynomial with maximum 2 on [−3, 3]' — five pieces of width 1.2 joining the values
 *       0, 1, −1, 2, 0, 1 at −3, −1.8, −0.6, 0.6, 1.8, 3 with the monotone shapes t², 3t² − 2t³, t³, 1 − (1 − t)²
 *       and t; it is continuous, each piece is monotone, so the maximum is 2, at x = 0.6.</li>
 *   <li>{@code gap-smooth} and {@code gap-sharp}: the data-gap targets of 'shallow ReLU networks as splines' Fig 10
 *       (gap [−0.5, 0.5]). Smooth: {@code x − 0.5} left of 0 and {@code x + 0.5} right of it — the sides continue
 *       into each other with a bend the fit can spread over the gap. Sharp: {@code −x − 1} and {@code −x + 1} — the
 *       sides slope down while the gap must be crossed upwards, so the fit needs two sharp turns.</li>
 * </ul>
 */
public final class Targets {
    private static final double POLY5_LEFT = -3.0;
    private static final double POLY5_WIDTH = 1.2;
    private static final double[] POLY5_VALUES = {0, 1, -1, 2, 0, 1};

    private Targets() {
    }

    /** @return every built-in target */
    public static List<TargetFunction> all() {
        return List.of(
                new TargetFunction("sin", "sin(x); uniform/spiky initialization experiments on [-2, 2]", -2, 2,
                        Math::sin),
                new TargetFunction("sin-pi", "sin(pi x); pieces vs depth (Table 2) on [-3, 3]", -3, 3,
                        x -> Math.sin(Math.PI * x)),
                new TargetFunction("quadratic", "x^2/2; uniform/spiky initialization, roughness by layer, GD vs DP",
                        -2, 2, x -> 0.5 * x * x),
                new TargetFunction("quadratic-ninth", "x^2/9; pieces vs depth (Table 2) on [-3, 3]", -3, 3,
                        x -> x * x / 9.0),
                new TargetFunction("cubic", "x^3/4 + x^2/2 - x/2; spiky initialization (Table 3)", -2, 2,
                        x -> x * x * x / 4.0 + x * x / 2.0 - x / 2.0),
                new TargetFunction("arctan", "arctan(x); spiky initialization and pieces vs depth", -3, 3,
                        Math::atan),
                new TargetFunction("exp-half", "exp(x/2); spiky initialization (Table 3)", -2, 2,
                        x -> Math.exp(0.5 * x)),
                new TargetFunction("exp", "exp(x); pieces vs depth (Table 2) on [-3, 3]", -3, 3, Math::exp),
                new TargetFunction("sawtooth", "triangle wave on [-2, 2]: -1 at the ends, 4 peaks of 1 (Table 3)",
                        -2, 2, x -> triangleWave(x, 1.0, -2.0)),
                new TargetFunction("sawtooth-period3", "triangle wave of period 3, amplitude 1 (Table 2)", -3, 3,
                        x -> triangleWave(x, 3.0, -3.0)),
                new TargetFunction("poly5", "5-piece polynomial with maximum 2 on [-3, 3] (Table 2)", -3, 3,
                        Targets::poly5),
                new TargetFunction("gap-smooth", "x - 0.5 for x < 0, x + 0.5 for x >= 0; smooth data-gap target",
                        -3, 3, x -> x < 0 ? x - 0.5 : x + 0.5),
                new TargetFunction("gap-sharp", "-x - 1 for x < 0, -x + 1 for x >= 0; sharp data-gap target",
                        -3, 3, x -> x < 0 ? -x - 1 : -x + 1));
    }

    /**
     * @return the triangle wave of the given period, amplitude 1, with a valley {@code −1} at {@code valley}: it rises
     *         linearly to 1 over half a period and falls back over the next half
     */
    static double triangleWave(double x, double period, double valley) {
        double phase = (x - valley) / period;
        double frac = phase - Math.floor(phase);
        return frac < 0.5 ? -1 + 4 * frac : 3 - 4 * frac;
    }

    static double poly5(double x) {
        int piece = (int) Math.floor((x - POLY5_LEFT) / POLY5_WIDTH);
        piece = Math.max(0, Math.min(4, piece));
        double t = (x - POLY5_LEFT - piece * POLY5_WIDTH) / POLY5_WIDTH;
        double shape = switch (piece) {
            case 0 -> t * t;
            case 1 -> 3 * t * t - 2 * t * t * t;
            case 2 -> t * t * t;
            case 3 -> 1 - (1 - t) * (1 - t);
            default -> t;
        };
        return POLY5_VALUES[piece] + (POLY5_VALUES[piece + 1] - POLY5_VALUES[piece]) * shape;
    }
}
