package org.splinelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.losssurface.critical.Criticality;
import org.splinelens.losssurface.hessian.Flatness;
import org.splinelens.losssurface.hessian.NumericalHessian;
import org.splinelens.losssurface.hessian.ShallowHessian;
import org.splinelens.losssurface.hessian.Spectrum;
import org.splinelens.losssurface.partition.DataPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "hessian", mixinStandardHelpOptions = true,
        description = "Hessian of the loss on a dataset (exact for shallow nets, central differences for deep ones),"
                + " its eigenvalues, the fraction of flat directions and the flatness bounds (Thm 5, Cor 3).")
final class HessianCommand implements Callable<Integer> {
    /** The default of {@code --max-parameters}: a symmetric eigen-decomposition of 5,000² takes about a minute. */
    static final long DEFAULT_MAX_PARAMETERS = 5_000;
    /** P × P matrices alive together: the Hessian, the decomposition's copy and its tridiagonal work matrix. */
    private static final int MATRICES = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    NetFile net;

    @Mixin
    DataFile data;

    @Option(names = "--tolerance", defaultValue = "1e-9",
            description = "an eigenvalue is zero when |λ| <= tolerance · max|λ| (default ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--max-parameters", paramLabel = "P", defaultValue = "" + DEFAULT_MAX_PARAMETERS,
            description = "refuse a network of more than P parameters: the Hessian is P x P and its eigenvalues take"
                    + " O(P^3) time, about a minute at the default (default ${DEFAULT-VALUE})")
    long maxParameters;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws IOException {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new InvalidInputException("--tolerance: expected a value in [0, 1), got " + tolerance);
        }
        if (maxParameters < 1) {
            throw new InvalidInputException("--max-parameters must be >= 1, got " + maxParameters);
        }
        UnivariateNetwork network = net.network();
        Dataset dataset = data.dataset();
        double[] x = dataset.x();
        double[] y = dataset.y();
        checkSize(network.parameterCount(), x.length);
        boolean shallow = network instanceof ShallowNetwork;
        DMatrixRMaj hessian = shallow ? ShallowHessian.exact((ShallowNetwork) network, x, y)
                : NumericalHessian.of(network.asDeep(), x, y);
        String tooLarge = FiniteResults.tooLarge(network, dataset);
        for (double entry : hessian.data) {
            if (!Double.isFinite(entry)) {
                throw new InvalidInputException("the Hessian has non-finite entries: " + tooLarge);
            }
        }
        Spectrum spectrum;
        try {
            spectrum = Spectrum.of(hessian, tolerance);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the Hessian's eigenvalues overflow: " + tooLarge);
        }
        Criticality criticality = Criticality.of(network.asDeep(), x, y);
        FiniteResults.require(criticality.gradientNorm(), "the gradient norm", tooLarge);
        FiniteResults.require(criticality.roundingRatio(), "the gradient's rounding scale", tooLarge);
        int width = shallow ? ((ShallowNetwork) network).width() : 0;
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            // P² numbers: streamed, not held as a tree and a string beside the matrix
            JsonOutput.stream(out, g -> {
                g.writeStartObject();
                g.writeStringField("parameterOrder", shallow ? "w,b,v,b0" : "layers: W (row-major), b");
                g.writeBooleanField("numerical", !shallow);
                g.writeArrayFieldStart("hessian");
                for (int j = 0; j < hessian.numRows; j++) {
                    g.writeStartArray();
                    for (int k = 0; k < hessian.numCols; k++) {
                        g.writeNumber(hessian.get(j, k));
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                JsonOutput.array(g, "eigenvalues", spectrum.eigenvalues());
                g.writeNumberField("tolerance", tolerance);
                g.writeNumberField("zeroEigenvalues", spectrum.zeroCount());
                g.writeNumberField("zeroEigenvalueFraction", spectrum.zeroFraction());
                g.writeNumberField("gradientNorm", criticality.gradientNorm());
                g.writeBooleanField("critical", criticality.critical());
                JsonOutput.number(g, "gradientRoundingRatio", criticality.roundingRatio());
                if (shallow && width > 0) {
                    g.writeNumberField("flatnessBound", Flatness.corollary3(x.length, width));
                    g.writeNumberField("rankFlatnessBound", Flatness.rankBound(x.length, width));
                    g.writeBooleanField("lonely", DataPartition.of((ShallowNetwork) network, x).lonely());
                    g.writeBooleanField("kinkFree", ShallowHessian.kinkFree((ShallowNetwork) network, x));
                }
                g.writeEndObject();
            });
        } else {
            out.printf(Locale.ROOT, "%s Hessian, %d parameters (%s)%n", shallow ? "exact" : "numerical",
                    hessian.numRows, shallow ? "w, b, v, b0" : "layer by layer, W then b");
            double[] lambda = spectrum.eigenvalues();
            out.printf(Locale.ROOT, "eigenvalues: min %.6g, max %.6g%n", lambda[0], lambda[lambda.length - 1]);
            out.printf(Locale.ROOT, "zero eigenvalues: %d (%.4f; |λ| <= %g·max|λ|)%n", spectrum.zeroCount(),
                    spectrum.zeroFraction(), tolerance);
            out.printf(Locale.ROOT, "gradient norm %.6g: %s%n", criticality.gradientNorm(),
                    criticality.critical() ? "critical" : "not critical");
            if (shallow && width > 0) {
                out.printf(Locale.ROOT, "flatness bounds: Cor 3 %.4f, rank %.4f; partition %s%s%n",
                        Flatness.corollary3(x.length, width), Flatness.rankBound(x.length, width),
                        DataPartition.of((ShallowNetwork) network, x).lonely() ? "lonely" : "not lonely",
                        ShallowHessian.kinkFree((ShallowNetwork) network, x) ? ""
                                : "; a breakpoint sits on a data point (one-sided Hessian)");
            }
        }
        return 0;
    }

    /**
     * Refuses a Hessian this JVM cannot hold, or beyond {@code --max-parameters}, before any of it is allocated: the
     * matrix, the eigen-decomposition's copy and its tridiagonal work matrix, {@value #MATRICES} P × P in all, and
     * the N × P Jacobian of a shallow net.
     */
    private void checkSize(int parameters, int points) {
        String what = "hessian --net " + net.path() + " (" + Limits.number(parameters) + " parameters)";
        double entries = (double) parameters * parameters;
        Limits.memory(what, Double.BYTES * (MATRICES * entries + (double) points * parameters));
        Limits.arrayLength(what, "Hessian entries", entries);
        Limits.count("hessian --net " + net.path(), "parameters", parameters, maxParameters, "--max-parameters");
    }
}
