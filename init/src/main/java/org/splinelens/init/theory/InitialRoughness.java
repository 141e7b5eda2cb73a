package org.splinelens.init.theory;

/**
 * The roughness {@code ρ0 = Σ_{i<H} μ_i²} of a shallow net at a Gaussian initialization (Thm 2 of 'shallow ReLU
 * networks as splines', proof in Sec 5.5). The {@code μ_i = w_i v_i} are independent with {@code E μ² = σ_v² σ_w²}
 * and {@code E μ⁴ = 9 σ_v⁴ σ_w⁴}, so {@code E ρ0 = H σ_v² σ_w²} and {@code Var ρ0 = 8 H σ_v⁴ σ_w⁴}; Cantelli's
 * inequality bounds the upper tail. He (σ_w = √2, σ_v = √(2/H)): mean 4, variance 128/H. Glorot
 * (σ_w = σ_v = √(2/(H+1))): mean 4H/(H+1)², variance 128H/(H+1)⁴ (see docs/ERRATA.md, E3).
 *
 * @param width  number of hidden units H
 * @param sigmaW standard deviation of the input weights
 * @param sigmaV standard deviation of the output weights
 */
public record InitialRoughness(int width, double sigmaW, double sigmaV) {

    public InitialRoughness {
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1, got " + width);
        }
        Parameters.positive("sigma-w", sigmaW);
        Parameters.positive("sigma-v", sigmaV);
    }

    public static InitialRoughness he(int width) {
        return of(GaussianInitTheory.he(width, 1.0), width);
    }

    public static InitialRoughness glorot(int width) {
        return of(GaussianInitTheory.glorot(width, 1.0), width);
    }

    /** The biases do not enter: {@code μ = w v}. */
    public static InitialRoughness of(GaussianInitTheory theory, int width) {
        return new InitialRoughness(width, theory.sigmaW(), theory.sigmaV());
    }

    /** @return {@code E ρ0 = H σ_v² σ_w²} */
    public double mean() {
        double s = sigmaV * sigmaW;
        return width * s * s;
    }

    /** @return {@code Var ρ0 = 8 H σ_v⁴ σ_w⁴} */
    public double variance() {
        double s2 = sigmaV * sigmaW * sigmaV * sigmaW;
        return 8.0 * width * s2 * s2;
    }

    /** @return Cantelli's bound {@code P(ρ0 − E ρ0 >= λ) <= 1/(1 + λ²/Var ρ0)} for {@code λ > 0} */
    public double tailBound(double lambda) {
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda must be > 0, got " + lambda);
        }
        return 1.0 / (1.0 + lambda * lambda / variance());
    }
}
