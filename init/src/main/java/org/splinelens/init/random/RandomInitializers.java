package org.splinelens.init.random;

import java.util.List;
import org.splinelens.init.InitializerFactory;
import org.splinelens.init.theory.GaussianInitTheory;
import org.splinelens.init.theory.UniformInitTheory;

/**
 * The data-independent initializers. Rules per affine layer with fan-in {@code n} and fan-out {@code m}:
 * <ul>
 *   <li>{@code he-normal}: {@code N(0, 2/n)}; {@code he-uniform}: {@code U[±√(6/n)]} — for a shallow net
 *       σ_w = √2, σ_v = √(2/H), the papers' He convention;</li>
 *   <li>{@code glorot-normal}: {@code N(0, 2/(n+m))}; {@code glorot-uniform}: {@code U[±√(6/(n+m))]} — for a shallow
 *       net σ_w = σ_v = √(2/(H+1)), the papers' Glorot convention;</li>
 *   <li>{@code pytorch-default}: {@code nn.Linear}'s default, weights and biases {@code U[±1/√n]} (Kaiming-uniform with
 *       a = √5), the "standard" initialization the papers' experiments compare against.</li>
 * </ul>
 * He and Glorot draw hidden biases from the same law as the layer's weights (zero biases would put every first-layer
 * breakpoint at 0) and set the output bias to 0. Each carries its shallow function-space law (Thm 1, Cor 1): the
 * first layer has fan-in 1 (biases drawn like weights), the output layer fan-in H.
 */
public final class RandomInitializers {
    private RandomInitializers() {
    }

    public static List<InitializerFactory<?>> all() {
        return List.of(
                new InitializerFactory<>("gaussian", "b ~ N(0, sigmaB^2), w ~ N(0, sigmaW^2), v ~ N(0, sigmaV^2) (Thm 1a)",
                        GaussianConfig.class, GaussianConfig.DEFAULTS, c -> new LayerwiseInitializer(
                                (r, l, n, m, out, bias) -> out ? (bias ? 0 : c.sigmaV() * r.nextGaussian())
                                        : (bias ? c.sigmaB() : c.sigmaW()) * r.nextGaussian()))
                        .withTheory((c, h) -> new GaussianInitTheory(c.sigmaB(), c.sigmaW(), c.sigmaV())),
                new InitializerFactory<>("uniform", "b ~ U[-aB, aB], w ~ U[-aW, aW], v ~ U[-aV, aV] (Thm 1b)",
                        UniformConfig.class, UniformConfig.DEFAULTS, c -> new LayerwiseInitializer(
                                (r, l, n, m, out, bias) -> out ? (bias ? 0 : LayerLaw.uniform(r, c.aV()))
                                        : LayerLaw.uniform(r, bias ? c.aB() : c.aW())))
                        .withTheory((c, h) -> new UniformInitTheory(c.aB(), c.aW(), c.aV())),
                new InitializerFactory<>("he-normal", "N(0, 2/fan_in); shallow: sigma_w = sqrt 2, sigma_v = sqrt(2/H)",
                        ScaleOnlyConfig.class, ScaleOnlyConfig.DEFAULTS, c -> new LayerwiseInitializer(
                                (r, l, n, m, out, bias) -> out && bias ? 0 : Math.sqrt(2.0 / n) * r.nextGaussian()))
                        .withTheory((c, h) -> new GaussianInitTheory(Math.sqrt(2), Math.sqrt(2), Math.sqrt(2.0 / h))),
                new InitializerFactory<>("he-uniform", "U[+-sqrt(6/fan_in)]", ScaleOnlyConfig.class,
                        ScaleOnlyConfig.DEFAULTS, c -> new LayerwiseInitializer(
                                (r, l, n, m, out, bias) -> out && bias ? 0 : LayerLaw.uniform(r, Math.sqrt(6.0 / n))))
                        .withTheory((c, h) -> new UniformInitTheory(Math.sqrt(6), Math.sqrt(6), Math.sqrt(6.0 / h))),
                new InitializerFactory<>("glorot-normal",
                        "N(0, 2/(fan_in + fan_out)); shallow: sigma_w = sigma_v = sqrt(2/(H+1))", ScaleOnlyConfig.class,
                        ScaleOnlyConfig.DEFAULTS, c -> new LayerwiseInitializer(
                                (r, l, n, m, out, bias) -> out && bias ? 0
                                        : Math.sqrt(2.0 / (n + m)) * r.nextGaussian()))
                        .withTheory((c, h) -> {
                            double s = Math.sqrt(2.0 / (h + 1));
                            return new GaussianInitTheory(s, s, s);
                        }),
                new InitializerFactory<>("glorot-uniform", "U[+-sqrt(6/(fan_in + fan_out))]", ScaleOnlyConfig.class,
                        ScaleOnlyConfig.DEFAULTS, c -> new LayerwiseInitializer(
                                (r, l, n, m, out, bias) -> out && bias ? 0
                                        : LayerLaw.uniform(r, Math.sqrt(6.0 / (n + m)))))
                        .withTheory((c, h) -> {
                            double a = Math.sqrt(6.0 / (h + 1));
                            return new UniformInitTheory(a, a, a);
                        }),
                pytorchDefault());
    }

    /** @return {@code pytorch-default}, the start the data-dependent initializers perturb */
    public static InitializerFactory<ScaleOnlyConfig> pytorchDefault() {
        return new InitializerFactory<>("pytorch-default",
                "torch nn.Linear default: weights and biases U[+-1/sqrt(fan_in)]", ScaleOnlyConfig.class,
                ScaleOnlyConfig.DEFAULTS, c -> new LayerwiseInitializer(
                        (r, l, n, m, out, bias) -> LayerLaw.uniform(r, 1 / Math.sqrt(n))))
                .withTheory((c, h) -> new UniformInitTheory(1, 1, 1 / Math.sqrt(h)));
    }
}
