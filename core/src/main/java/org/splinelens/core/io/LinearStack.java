package org.splinelens.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Linear layers of a PyTorch state dict holding a univariate ReLU MLP, in order. A key is
 * {@code STEM N.weight} or {@code STEM N.bias}: layer number {@code N} under a stem shared by every key, such as
 * {@code ""} ({@code nn.Sequential}: {@code 0.weight}, {@code 2.weight}, …), {@code "net."}, {@code "module."},
 * {@code "layers."} ({@code nn.ModuleList}) or {@code "model.fc"} ({@code fc1}, {@code fc2}, …). Layers are ordered
 * by {@code N}; the numbers need not be consecutive (a Sequential numbers its ReLUs too). Each layer has a weight
 * of shape {@code [out, in]}; a missing bias ({@code nn.Linear(…, bias=False)}) is read as zeros. The shapes must
 * chain {@code 1 → H1 → … → HL → 1} with at least one hidden layer. Any other key — a buffer, a convolution, a second
 * stack — makes the file something other than such an MLP, and is refused.
 *
 * <p>A state dict does not say what lies between the Linear layers: it is read as a ReLU between each two.
 *
 * @param layers the layers in order
 * @param sizes  {@code (1, H1, …, HL, 1)}
 */
record LinearStack(List<Layer> layers, int[] sizes) {
    private static final Pattern KEY = Pattern.compile("(.*?)(\\d+)\\.(weight|bias)");
    /** Layer numbers of more digits than this are refused rather than compared as numbers. */
    private static final int MAX_DIGITS = 9;

    /**
     * One Linear layer.
     *
     * @param number the layer's number in its key
     * @param weight its weight, shape {@code [outputs, inputs]}
     * @param bias   its bias, shape {@code [outputs]}, or {@code null} (zeros)
     */
    record Layer(int number, TensorEntry weight, TensorEntry bias) {
        int outputs() {
            return (int) weight.shape()[0];
        }

        int inputs() {
            return (int) weight.shape()[1];
        }
    }

    LinearStack {
        layers = List.copyOf(layers);
        sizes = sizes.clone();
    }

    /**
     * @param tensors the header's tensors
     * @param source  names the file in error lines
     * @throws InvalidInputException naming the key at fault when the tensors are not such an MLP
     */
    static LinearStack of(List<TensorEntry> tensors, String source) {
        if (tensors.isEmpty()) {
            throw new InvalidInputException(source + ": the file holds no tensors; expected the state dict of a"
                    + " ReLU MLP (0.weight, 0.bias, 2.weight, …)");
        }
        Map<Integer, TensorEntry[]> byNumber = new TreeMap<>();
        String stem = null;
        String stemKey = null;
        for (TensorEntry t : tensors) {
            Matcher m = KEY.matcher(t.name());
            if (!m.matches()) {
                throw new InvalidInputException(source + ": key " + t.quoted() + " is not a numbered Linear layer's"
                        + " weight or bias (such as 0.weight, fc1.bias, net.2.weight); the file must hold a ReLU MLP"
                        + " and nothing else");
            }
            if (stem == null) {
                stem = m.group(1);
                stemKey = t.name();
            } else if (!stem.equals(m.group(1))) {
                throw new InvalidInputException(source + ": keys " + Excerpt.of(stemKey) + " and " + t.quoted()
                        + " name layers of two different stacks; the file must hold one MLP");
            }
            if (m.group(2).length() > MAX_DIGITS) {
                throw new InvalidInputException(source + ": key " + t.quoted() + ": a layer number of more than "
                        + MAX_DIGITS + " digits");
            }
            TensorEntry[] pair = byNumber.computeIfAbsent(Integer.parseInt(m.group(2)), n -> new TensorEntry[2]);
            int slot = m.group(3).equals("weight") ? 0 : 1;
            if (pair[slot] != null) {
                throw new InvalidInputException(source + ": keys " + pair[slot].quoted() + " and " + t.quoted()
                        + " give the same layer number " + m.group(2) + " twice");
            }
            pair[slot] = t;
        }
        List<Layer> layers = new ArrayList<>();
        byNumber.forEach((number, pair) -> layers.add(layer(number, pair, source)));
        return new LinearStack(layers, chain(layers, source));
    }

    private static Layer layer(int number, TensorEntry[] pair, String source) {
        TensorEntry weight = pair[0];
        TensorEntry bias = pair[1];
        if (weight == null) {
            throw new InvalidInputException(source + ": " + bias.quoted() + " has no weight beside it");
        }
        for (TensorEntry t : pair) {
            if (t != null && t.floatType() == null) {
                throw new InvalidInputException(source + ": " + t.quoted() + " has dtype " + t.dtype() + "; a Linear"
                        + " layer's tensors are F64, F32, F16 or BF16");
            }
        }
        if (weight.shape().length != 2) {
            throw new InvalidInputException(source + ": " + weight.quoted() + " has shape " + weight.shapeText()
                    + "; a Linear layer's weight is [out, in]");
        }
        if (weight.shape()[0] > Integer.MAX_VALUE || weight.shape()[1] > Integer.MAX_VALUE) {
            throw new InvalidInputException(source + ": " + weight.quoted() + " has shape " + weight.shapeText()
                    + ", wider than a Java array");
        }
        if (bias != null && (bias.shape().length != 1 || bias.shape()[0] != weight.shape()[0])) {
            throw new InvalidInputException(source + ": " + bias.quoted() + " has shape " + bias.shapeText()
                    + "; the bias of a weight of shape " + weight.shapeText() + " is [" + weight.shape()[0] + "]");
        }
        return new Layer(number, weight, bias);
    }

    /** @return the sizes {@code (1, H1, …, 1)} when the layers chain, with at least one hidden layer */
    private static int[] chain(List<Layer> layers, String source) {
        Layer first = layers.get(0);
        if (first.inputs() != 1) {
            throw new InvalidInputException(source + ": " + first.weight().quoted() + " has shape "
                    + first.weight().shapeText() + ": the first layer takes " + first.inputs() + " inputs, but a"
                    + " splinelens network is univariate (Linear(1, H))");
        }
        if (layers.size() < 2) {
            throw new InvalidInputException(source + ": one Linear layer (" + first.weight().quoted() + ") and no"
                    + " hidden layer; a network needs at least Linear(1, H), ReLU, Linear(H, 1)");
        }
        int[] sizes = new int[layers.size() + 1];
        sizes[0] = 1;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            if (l > 0 && layer.inputs() != sizes[l]) {
                throw new InvalidInputException(source + ": " + layer.weight().quoted() + " has shape "
                        + layer.weight().shapeText() + ": it takes " + layer.inputs() + " inputs, but "
                        + layers.get(l - 1).weight().quoted() + " gives " + sizes[l] + " (shapes must chain 1 → H1 → …"
                        + " → 1)");
            }
            sizes[l + 1] = layer.outputs();
            if (layers.size() > 2 && l < layers.size() - 1 && sizes[l + 1] == 0) {
                throw new InvalidInputException(source + ": " + layer.weight().quoted() + " has shape "
                        + layer.weight().shapeText() + ": no outputs; only a network of one hidden layer may have"
                        + " width 0");
            }
        }
        Layer last = layers.get(layers.size() - 1);
        if (last.outputs() != 1) {
            throw new InvalidInputException(source + ": the last layer " + last.weight().quoted() + " has shape "
                    + last.weight().shapeText() + ": " + last.outputs() + " outputs, but a splinelens network has one"
                    + " (Linear(H, 1))");
        }
        return sizes;
    }

    /** @return the hidden widths {@code H1 … HL} */
    int[] hiddenWidths() {
        return Arrays.copyOfRange(sizes, 1, sizes.length - 1);
    }

    /** @return the parameters of the MLP of {@code sizes}: the weights and biases of every layer */
    static double parameterCount(int[] sizes) {
        return weightOffset(sizes, sizes.length - 1);
    }

    /**
     * @return where layer {@code l}'s weight starts in the flat parameter vector: the layers in order, each as its
     *         weight row-major then its bias — {@code DeepArchitecture}'s layout, which for one hidden layer is
     *         {@code ShallowNetwork}'s {@code (w, b, v, b0)}
     */
    static long weightOffset(int[] sizes, int layer) {
        long offset = 0;
        for (int l = 0; l < layer; l++) {
            offset += (long) sizes[l] * sizes[l + 1] + sizes[l + 1];
        }
        return offset;
    }

    /** @return where layer {@code l}'s bias starts in the flat parameter vector */
    static long biasOffset(int[] sizes, int layer) {
        return weightOffset(sizes, layer) + (long) sizes[layer] * sizes[layer + 1];
    }
}
