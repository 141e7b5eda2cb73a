package org.splinelens.core.deep;

import java.util.List;
import org.splinelens.core.spline.Pwl;

/**
 * Every hidden layer's induced breakpoints and the network output as a canonical CPWL function.
 *
 * @param layers hidden layers 1 … L
 * @param output the network function in canonical form; its knots are exactly the active breakpoints
 */
public record DeepBreakpointAnalysis(List<LayerBreakpoints> layers, Pwl output) {

    public DeepBreakpointAnalysis {
        layers = List.copyOf(layers);
    }

    /** @return the number of linear pieces of the output on the whole line */
    public int pieces() {
        return output.pieces();
    }

    /** @return the number of linear pieces of the output restricted to {@code [a, b]} */
    public int piecesIn(double a, double b) {
        return output.piecesIn(a, b);
    }

    /** @return {@code ρ^{(ℓ)}} for {@code ℓ = 1 … L}, at index {@code ℓ − 1}; see {@link LayerBreakpoints#roughness()} */
    public double[] roughnessByLayer() {
        double[] rho = new double[layers.size()];
        for (int l = 0; l < rho.length; l++) {
            rho[l] = layers.get(l).roughness();
        }
        return rho;
    }
}
