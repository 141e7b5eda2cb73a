package org.splinelens.init;

import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;

/**
 * The init scale α ('shallow ReLU networks as splines', Sec 2.5): {@code (w, b, v) → (αw, αb, v/α)} for every unit,
 * which leaves breakpoints, delta-slopes and so the function unchanged, but changes the gradients. For a deep net the
 * first layer's weights and every hidden layer's biases are multiplied by α (so every hidden activation scales by α,
 * relu being positively homogeneous) and the output weights divided by α; the output bias is unchanged.
 */
public final class InitScale {
    private InitScale() {
    }

    public static ShallowNetwork rescale(ShallowNetwork net, double alpha) {
        if (alpha == 1) {
            return net;
        }
        double[] w = net.w();
        double[] b = net.b();
        double[] v = net.v();
        for (int i = 0; i < w.length; i++) {
            w[i] *= alpha;
            b[i] *= alpha;
            v[i] /= alpha;
        }
        return ShallowNetwork.of(w, b, v, net.b0());
    }

    public static DeepNetwork rescale(DeepNetwork net, double alpha) {
        if (alpha == 1) {
            return net;
        }
        DeepArchitecture arch = net.architecture();
        double[] theta = net.parameters();
        int last = arch.layers() - 1;
        for (int k = arch.weightOffset(0); k < arch.biasOffset(0); k++) {
            theta[k] *= alpha;
        }
        for (int l = 0; l < last; l++) {
            for (int j = 0; j < arch.outputSize(l); j++) {
                theta[arch.biasOffset(l) + j] *= alpha;
            }
        }
        for (int k = arch.weightOffset(last); k < arch.biasOffset(last); k++) {
            theta[k] /= alpha;
        }
        return DeepNetwork.of(arch, theta);
    }

    /** @return an initializer drawing as {@code base} does, then rescaling by {@code alpha} */
    public static Initializer scaled(Initializer base, double alpha) {
        InitConfig.checkAlpha(alpha);
        if (alpha == 1) {
            return base;
        }
        return new Initializer() {
            @Override
            public ShallowNetwork shallow(int width, Dataset data, RandomGenerator random) {
                return rescale(base.shallow(width, data, random), alpha);
            }

            @Override
            public DeepNetwork deep(DeepArchitecture architecture, Dataset data, RandomGenerator random) {
                return rescale(base.deep(architecture, data, random), alpha);
            }
        };
    }
}
