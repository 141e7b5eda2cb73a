package org.splinelens.init.theory;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The distribution of {@code μ = w v} for independent {@code w ~ N(0, σ_w²)}, {@code v ~ N(0, σ_v²)}
 * (Cor 1(a)): density {@code p(μ) = K0(|μ|/s) / (π s)} with {@code s = σ_v σ_w}; variance {@code s²}, excess
 * kurtosis 6.
 *
 * <p>cdf: {@code P(0 <= μ <= z) = (1/π) ∫_0^{z/s} K0(u) du}, and
 * {@code ∫_0^y K0(u) du = ∫_0^∞ (1 − e^{−y cosh t}) / cosh t dt}, summed by the trapezoidal rule (the integrand is
 * even and analytic in the strip |Im t| &lt; π/2, so the error is of order {@code exp(−π²/h)}).
 */
public final class ProductNormalDistribution extends SymmetricDistribution {
    private static final long serialVersionUID = 1L;
    private static final double STEP = 1.0 / 16;
    /** cosh t_k at the nodes t_k = k h, up to t = 48 where 1/cosh t &lt; 1e-20. */
    private static final double[] COSH = new double[48 * 16 + 1];

    static {
        for (int k = 0; k < COSH.length; k++) {
            COSH[k] = Math.cosh(k * STEP);
        }
    }

    private final double sigmaW;
    private final double sigmaV;
    private final double scale;

    public ProductNormalDistribution(double sigmaW, double sigmaV, RandomGenerator random) {
        super(random);
        Parameters.positive("sigma-w", sigmaW);
        Parameters.positive("sigma-v", sigmaV);
        this.sigmaW = sigmaW;
        this.sigmaV = sigmaV;
        this.scale = sigmaW * sigmaV;
    }

    @Override
    public double density(double mu) {
        return BesselK0.value(Math.abs(mu) / scale) / (Math.PI * scale);
    }

    @Override
    double halfMass(double z) {
        double y = z / scale;
        if (y == 0) {
            return 0;
        }
        if (Double.isInfinite(y)) {
            return 0.5;
        }
        double sum = 0.5 * (-Math.expm1(-y));
        for (int k = 1; k < COSH.length; k++) {
            double term = -Math.expm1(-y * COSH[k]) / COSH[k];
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return STEP * sum / Math.PI;
    }

    @Override
    public double getNumericalVariance() {
        return scale * scale;
    }

    @Override
    public double sample() {
        return sigmaW * random.nextGaussian() * sigmaV * random.nextGaussian();
    }
}
