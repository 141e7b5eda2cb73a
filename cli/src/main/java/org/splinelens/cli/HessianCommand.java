package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
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
    @Spec
    CommandSpec spec;

    @Mixin
    NetFile net;

    @Mixin
    DataFile data;

    @Option(names = "--tolerance", defaultValue = "1e-9",
            description = "an eigenvalue is zero when |λ| <= tolerance · max|λ| (default ${DEFAULT-VALUE})")
    double tolerance;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new InvalidInputException("--tolerance: expected a value in [0, 1), got " + tolerance);
        }
        UnivariateNetwork network = net.network();
        Dataset dataset = data.dataset();
        double[] x = dataset.x();
        double[] y = dataset.y();
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
            ObjectNode root = JsonOutput.MAPPER.createObjectNode();
            root.put("parameterOrder", shallow ? "w,b,v,b0" : "layers: W (row-major), b");
            root.put("numerical", !shallow);
            ArrayNode rows = root.putArray("hessian");
            for (int j = 0; j < hessian.numRows; j++) {
                ArrayNode row = rows.addArray();
                for (int k = 0; k < hessian.numCols; k++) {
                    row.add(hessian.get(j, k));
                }
            }
            JsonOutput.array(root.putArray("eigenvalues"), spectrum.eigenvalues());
            root.put("tolerance", tolerance);
            root.put("zeroEigenvalues", spectrum.zeroCount());
            root.put("zeroEigenvalueFraction", spectrum.zeroFraction());
            root.put("gradientNorm", criticality.gradientNorm());
            root.put("critical", criticality.critical());
            JsonOutput.number(root, "gradientRoundingRatio", criticality.roundingRatio());
            if (shallow && width > 0) {
                root.put("flatnessBound", Flatness.corollary3(x.length, width));
                root.put("rankFlatnessBound", Flatness.rankBound(x.length, width));
                root.put("lonely", DataPartition.of((ShallowNetwork) network, x).lonely());
                root.put("kinkFree", ShallowHessian.kinkFree((ShallowNetwork) network, x));
            }
            out.println(JsonOutput.text(root));
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
}
