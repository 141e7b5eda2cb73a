package org.splinelens.init;

import java.util.Optional;
import org.splinelens.init.random.GaussianConfig;
import org.splinelens.init.random.UniformConfig;
import org.splinelens.init.theory.GaussianInitTheory;
import org.splinelens.init.theory.InitTheory;
import org.splinelens.init.theory.UniformInitTheory;

/**
 * The Thm 1 / Cor 1 law of a shallow unit under a named initializer, where one exists: the rule-based initializers
 * are the Gaussian or Uniform family at fan-in 1 (first layer, biases drawn like weights) and fan-in H (output
 * layer). The init scale α does not enter: {@code β} and {@code μ = w v} are invariant under it.
 */
public final class ShallowTheories {
    private ShallowTheories() {
    }

    public static Optional<InitTheory> of(String name, InitConfig config, int width) {
        double h = width;
        return Optional.ofNullable(switch (name) {
            case "gaussian" -> {
                GaussianConfig c = (GaussianConfig) config;
                yield new GaussianInitTheory(c.sigmaB(), c.sigmaW(), c.sigmaV());
            }
            case "uniform" -> {
                UniformConfig c = (UniformConfig) config;
                yield new UniformInitTheory(c.aB(), c.aW(), c.aV());
            }
            case "he-normal" -> new GaussianInitTheory(Math.sqrt(2), Math.sqrt(2), Math.sqrt(2 / h));
            case "glorot-normal" -> {
                double s = Math.sqrt(2 / (h + 1));
                yield new GaussianInitTheory(s, s, s);
            }
            case "he-uniform" -> new UniformInitTheory(Math.sqrt(6), Math.sqrt(6), Math.sqrt(6 / h));
            case "glorot-uniform" -> {
                double a = Math.sqrt(6 / (h + 1));
                yield new UniformInitTheory(a, a, a);
            }
            case "pytorch-default" -> new UniformInitTheory(1, 1, 1 / Math.sqrt(h));
            default -> null;
        });
    }
}
