package org.splinelens.core.testing;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Shared generators of random networks for every module's property tests (published in core's test-jar).
 * Shallow nets include the degenerate cases the spline lens must handle exactly: units with {@code w_i = 0},
 * units sharing a breakpoint (with either orientation), zero output weights, and weights from 1e-6 to 1e6.
 *
 * <p>{@link #shallowNets()} and {@link #deepNets()} are jqwik arbitraries: a failing property shrinks its net towards
 * fewer units, plain units, unit scale and zero weights, so the reported counterexample is small. They are also the
 * default arbitraries of {@code @ForAll ShallowNetwork} and {@code @ForAll DeepNetwork} ({@link NetworkArbitraries}).
 * The {@code long seed} factories remain for code that needs one net outside a property.
 */
public final class RandomNetworks {
    /** What a generated shallow unit is; shrinking goes towards the first, a plain unit. */
    enum Kind { PLAIN, DEAD, SHARED_BREAKPOINT, ZERO_OUTPUT }

    /** One unit's draws before assembly: weights at unit scale, the decade of its scale, the orientation factor. */
    record Unit(Kind kind, int decade, double w, double b, double v, double alpha) {
    }

    private RandomNetworks() {
    }

    /**
     * Standard-Gaussian significands in [-5, 5] with four decimals, shrinking towards 0. Magnitudes far from 1 come
     * only from a unit's decade: jqwik's double edge cases (1e-15, -0.0) and shrinking through 15-decimal values
     * would plant near-zero weights no generator here means to, and turn every counterexample into a precision
     * refusal instead of the smallest net that breaks the property.
     */
    static Arbitrary<Double> gaussian() {
        return Arbitraries.doubles().between(-5, 5).ofScale(4).withDistribution(RandomDistribution.gaussian(5))
                .withoutEdgeCases();
    }

    static Arbitrary<Unit> units() {
        Arbitrary<Kind> kind = Arbitraries.frequency(Tuple.of(5, Kind.PLAIN), Tuple.of(1, Kind.DEAD),
                Tuple.of(1, Kind.SHARED_BREAKPOINT), Tuple.of(1, Kind.ZERO_OUTPUT));
        Arbitrary<Integer> decade = Arbitraries.integers().between(-6, 6).shrinkTowards(0);
        // |alpha| in [0.5, 1.5]: the shared breakpoint with the same or the opposite orientation
        Arbitrary<Double> alpha = Combinators.combine(Arbitraries.doubles().between(0.5, 1.5).ofScale(15),
                Arbitraries.of(true, false)).as((a, positive) -> positive ? a : -a);
        return Combinators.combine(kind, decade, gaussian(), gaussian(), gaussian(), alpha).as(Unit::new);
    }

    /** Shallow nets of 0–30 units, each plain, dead ({@code w = 0}), sharing its predecessor's breakpoint, or silent. */
    public static Arbitrary<ShallowNetwork> shallowNets() {
        return Combinators.combine(units().list().ofMaxSize(30), gaussian()).as(RandomNetworks::assemble);
    }

    static ShallowNetwork assemble(List<Unit> units, double b0) {
        int h = units.size();
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        for (int i = 0; i < h; i++) {
            Unit u = units.get(i);
            double scale = Math.pow(10, u.decade());
            w[i] = u.kind() == Kind.DEAD ? 0.0 : u.w() * scale;
            b[i] = u.b() * scale;
            v[i] = u.kind() == Kind.ZERO_OUTPUT ? 0.0 : u.v() / Math.sqrt(scale);
            if (u.kind() == Kind.SHARED_BREAKPOINT && i > 0 && w[i - 1] != 0) {
                w[i] = w[i - 1] * u.alpha();
                b[i] = b[i - 1] * u.alpha();
            }
        }
        return ShallowNetwork.of(w, b, v, b0);
    }

    /** Deep nets of 1–4 hidden layers of widths 1–8, Gaussian weights, one weight in ten exactly zero. */
    public static Arbitrary<DeepNetwork> deepNets() {
        Arbitrary<Double> weight = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)), Tuple.of(9, gaussian()));
        return Arbitraries.integers().between(1, 8).list().ofMinSize(1).ofMaxSize(4).flatMap(widths -> {
            DeepArchitecture arch = new DeepArchitecture(widths.stream().mapToInt(Integer::intValue).toArray());
            return weight.list().ofSize(arch.parameterCount()).map(theta -> DeepNetwork.of(arch,
                    theta.stream().mapToDouble(Double::doubleValue).toArray()));
        });
    }

    public static ShallowNetwork shallow(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = r.nextInt(0, 30);
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        for (int i = 0; i < h; i++) {
            double scale = Math.pow(10, r.nextInt(-6, 7));
            int kind = r.nextInt(8);
            w[i] = kind == 0 ? 0.0 : r.nextGaussian() * scale;
            b[i] = r.nextGaussian() * scale;
            v[i] = kind == 2 ? 0.0 : r.nextGaussian() / Math.sqrt(scale);
            if (kind == 1 && i > 0 && w[i - 1] != 0) {
                // the same breakpoint as the previous unit, with a random orientation
                double alpha = r.nextBoolean() ? 0.5 + r.nextDouble() : -(0.5 + r.nextDouble());
                w[i] = w[i - 1] * alpha;
                b[i] = b[i - 1] * alpha;
            }
        }
        return ShallowNetwork.of(w, b, v, r.nextGaussian());
    }

    /** Deep nets of 1–4 hidden layers of widths 1–8, Gaussian weights, one weight in ten exactly zero. */
    public static DeepNetwork deep(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int layers = r.nextInt(1, 5);
        int[] widths = new int[layers];
        for (int l = 0; l < layers; l++) {
            widths[l] = r.nextInt(1, 9);
        }
        DeepArchitecture arch = new DeepArchitecture(widths);
        double[] theta = new double[arch.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextInt(10) == 0 ? 0.0 : r.nextGaussian();
        }
        return DeepNetwork.of(arch, theta);
    }

    /** Magnitude of the terms summed by a shallow evaluation at {@code x}: the natural scale of its rounding. */
    public static double termScale(ShallowNetwork net, double x) {
        double s = Math.abs(net.b0());
        for (int i = 0; i < net.width(); i++) {
            s += Math.abs(net.v(i)) * (Math.abs(net.w(i) * x) + Math.abs(net.b(i)));
        }
        return s;
    }
}
