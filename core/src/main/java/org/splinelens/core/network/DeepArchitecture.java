package org.splinelens.core.network;

import java.util.Arrays;
import org.splinelens.core.limits.Limits;

/**
 * The shape of a deep univariate MLP: scalar input, hidden layers of widths {@code H_1 … H_L}, scalar output with
 * a bias. Layer {@code ℓ = 0 … L} maps {@code n_ℓ} inputs to {@code n_{ℓ+1}} outputs, with
 * {@code n = (1, H_1, …, H_L, 1)}; hidden layers apply relu, the output layer is affine.
 *
 * <p>Flat parameter layout: the layers in order, each as its weight matrix {@code W_ℓ} row-major
 * ({@code W_ℓ[out][in]} at {@link #weightOffset(int)}{@code + out·n_ℓ + in}) followed by its bias vector
 * ({@link #biasOffset(int)}{@code + out}) — the order of the JSON format
 * ({@link org.splinelens.core.io.NetworkJson}).
 */
public final class DeepArchitecture {
    private final int[] sizes;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int parameterCount;

    /**
     * @param hiddenWidths {@code H_1 … H_L}, each {@code >= 1}; at least one hidden layer; their parameters must fit
     *                     in one Java array (see {@link #parameterCount(int...)})
     */
    public DeepArchitecture(int... hiddenWidths) {
        if (hiddenWidths.length == 0) {
            throw new IllegalArgumentException("a deep network needs at least one hidden layer");
        }
        sizes = new int[hiddenWidths.length + 2];
        sizes[0] = 1;
        for (int l = 0; l < hiddenWidths.length; l++) {
            if (hiddenWidths[l] < 1) {
                throw new IllegalArgumentException("hidden layer " + (l + 1) + " has width " + hiddenWidths[l]
                        + "; widths must be >= 1");
            }
            sizes[l + 1] = hiddenWidths[l];
        }
        sizes[sizes.length - 1] = 1;
        double count = parameterCount(hiddenWidths);
        if (count > Limits.MAX_ARRAY) {
            throw new IllegalArgumentException("widths " + Arrays.toString(hiddenWidths) + " need "
                    + Limits.number(count) + " parameters, more than one Java array holds ("
                    + Limits.number(Limits.MAX_ARRAY) + ")");
        }
        int layers = sizes.length - 1;
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            weightOffsets[l] = offset;
            offset += sizes[l + 1] * sizes[l];
            biasOffsets[l] = offset;
            offset += sizes[l + 1];
        }
        parameterCount = offset;
    }

    /**
     * The parameter count {@code Σ_ℓ (n_ℓ + 1) n_{ℓ+1}} of the architecture with these hidden widths, as a
     * {@code double}: an estimate to check before anything is allocated, exact below 2^53 and never overflowing.
     *
     * @param hiddenWidths {@code H_1 … H_L}, unchecked
     */
    public static double parameterCount(int... hiddenWidths) {
        double count = 0;
        double inputs = 1;
        for (int width : hiddenWidths) {
            count += (inputs + 1) * width;
            inputs = width;
        }
        return count + inputs + 1;
    }

    /** @return the number of hidden layers L */
    public int hiddenLayers() {
        return sizes.length - 2;
    }

    /** @return the number of affine layers, {@code L + 1} */
    public int layers() {
        return sizes.length - 1;
    }

    /** @return {@code H_ℓ} for hidden layer {@code ℓ = 1 … L} */
    public int hiddenWidth(int layer) {
        if (layer < 1 || layer > hiddenLayers()) {
            throw new IndexOutOfBoundsException("hidden layer " + layer + " not in 1.." + hiddenLayers());
        }
        return sizes[layer];
    }

    public int[] hiddenWidths() {
        return Arrays.copyOfRange(sizes, 1, sizes.length - 1);
    }

    /** @return {@code n_ℓ}, the input size of affine layer {@code ℓ} (0-based) */
    public int inputSize(int layer) {
        return sizes[layer];
    }

    /** @return {@code n_{ℓ+1}}, the output size of affine layer {@code ℓ} (0-based) */
    public int outputSize(int layer) {
        return sizes[layer + 1];
    }

    public int weightOffset(int layer) {
        return weightOffsets[layer];
    }

    public int biasOffset(int layer) {
        return biasOffsets[layer];
    }

    public int parameterCount() {
        return parameterCount;
    }

    /** @return the total number of hidden units {@code Σ H_ℓ} */
    public int hiddenUnits() {
        int total = 0;
        for (int l = 1; l < sizes.length - 1; l++) {
            total += sizes[l];
        }
        return total;
    }

    /** @return the largest layer size, which bounds every work buffer */
    public int maxWidth() {
        int max = 1;
        for (int size : sizes) {
            max = Math.max(max, size);
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeepArchitecture other && Arrays.equals(sizes, other.sizes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "DeepArchitecture" + Arrays.toString(hiddenWidths());
    }
}
