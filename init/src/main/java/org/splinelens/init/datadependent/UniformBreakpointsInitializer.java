package org.splinelens.init.datadependent;

import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;
import org.splinelens.init.Initializer;

/**
 * {@code uniform-breakpoints} (paper Sec 4.1 and 'functional characterization' App. 3.1.1). Our reading of "breakpoint y
 * values were taken from the original standard initialization plus a small noise N(0, .01)": draw a standard network
 * {@code f0} (the {@code base} initializer, PyTorch's default by default); draw {@code K = H − 1} breakpoints uniformly on
 * {@code [x_min, x_max]}; take the values {@code f0(β_k) + ε_k}, {@code ε_k ~ N(0, noise²)} (noise = 0.01, a standard
 * deviation as in the papers' N(0, σ) notation) and {@code f0}'s slopes outside the data range; realise that CPWL
 * exactly as a shallow network of H units. Inside the data range the start is {@code f0} up to the noise and the
 * interpolation error, with breakpoints spread uniformly instead of Cauchy-concentrated at 0.
 */
final class UniformBreakpointsInitializer extends ShallowOnly {
    private final Initializer base;
    private final double noise;

    UniformBreakpointsInitializer(Initializer base, double noise) {
        super("uniform-breakpoints");
        this.base = base;
        this.noise = noise;
    }

    @Override
    public ShallowNetwork shallow(int width, Dataset data, RandomGenerator random) {
        checkWidth("uniform-breakpoints", width, 2);
        double[] range = range(data);
        Pwl standard = Bdso.of(base.shallow(width, data, random)).toPwl();
        double[] knots = sortedUniform(range[0], range[1], width - 1, random);
        double[] values = new double[knots.length];
        for (int k = 0; k < knots.length; k++) {
            values[k] = standard.value(knots[k]) + noise * random.nextGaussian();
        }
        double left = standard.slope(standard.pieceOf(knots[0]));
        double right = standard.slope(standard.pieceOf(knots[knots.length - 1]));
        return SpikyInitializer.padded(Pwl.throughPoints(knots, values, left, right).toShallowNetwork(), width);
    }
}
