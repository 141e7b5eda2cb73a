package org.splinelens.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * PyTorch's outputs of a fixture network on a grid, as {@code generate.py} wrote them beside the fixture: column
 * {@code x}; the net evaluated by PyTorch in one dtype ({@code torch_float32}, {@code torch_bfloat16}, …); and in
 * float64 from the file's weights upcast exactly ({@code torch_float64}).
 *
 * @param x         the grid
 * @param inDtype   PyTorch's outputs in {@code dtype}
 * @param dtype     the dtype of {@code inDtype}, as torch names it
 * @param float64   PyTorch's outputs in float64
 */
record TorchOutputs(double[] x, double[] inDtype, String dtype, double[] float64) {
    static final Path FIXTURES = Path.of("src", "test", "resources", "safetensors");

    static TorchOutputs of(String fixture) throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES.resolve(fixture + ".csv"));
        String[] header = lines.get(0).split(",");
        if (header.length != 3 || !header[0].equals("x") || !header[2].equals("torch_float64")) {
            throw new IllegalStateException(fixture + ".csv: unexpected header " + lines.get(0));
        }
        int n = lines.size() - 1;
        double[][] columns = new double[3][n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int c = 0; c < 3; c++) {
                columns[c][i] = Double.parseDouble(cells[c]);
            }
        }
        return new TorchOutputs(columns[0], columns[1], header[1].substring("torch_".length()), columns[2]);
    }

    /** @return the unit roundoff of {@code dtype}: half the gap between 1 and the next value */
    static double unitRoundoff(String dtype) {
        return switch (dtype) {
            case "float64" -> 0x1p-53;
            case "float32" -> 0x1p-24;
            case "bfloat16" -> 0x1p-8;
            case "float16" -> 0x1p-11;
            default -> throw new IllegalArgumentException(dtype);
        };
    }

    /**
     * A bound on the difference between two evaluations of {@code net} at {@code x} that each round every operation
     * to unit roundoff {@code u} (in any order of summation). Layer {@code ℓ} computes {@code W h + c} with fan-in
     * {@code n ≤ nMax}: its rounding error is at most {@code γ (|W||h| + |c|)}, {@code γ = (nMax + 1) u / (1 − …)},
     * and relu and the later layers pass an error on at most multiplied by {@code |W|}. With the magnitude network
     * {@code m_0 = |x|}, {@code m_{ℓ+1} = |W_ℓ| m_ℓ + |c_ℓ|} (no relu), which bounds every {@code |h|}, the error of
     * the output is at most {@code L γ m_L} for {@code L} layers; this returns {@code (nMax + 2) L u m_L}.
     */
    static double bound(UnivariateNetwork net, double x, double u) {
        DeepNetwork deep = net.asDeep();
        var arch = deep.architecture();
        double[] m = {Math.abs(x)};
        int fanIn = 1;
        for (int l = 0; l < arch.layers(); l++) {
            double[] next = new double[arch.outputSize(l)];
            for (int r = 0; r < next.length; r++) {
                double s = Math.abs(deep.bias(l, r));
                for (int c = 0; c < m.length; c++) {
                    s += Math.abs(deep.weight(l, r, c)) * m[c];
                }
                next[r] = s;
            }
            fanIn = Math.max(fanIn, arch.inputSize(l));
            m = next;
        }
        return (fanIn + 2.0) * arch.layers() * u * m[0];
    }
}
