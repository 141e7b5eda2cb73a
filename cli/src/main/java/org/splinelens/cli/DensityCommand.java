package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.apache.commons.math3.distribution.RealDistribution;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.init.theory.GaussianInitTheory;
import org.splinelens.init.theory.InitTheory;
import org.splinelens.init.theory.UniformInitTheory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "density", mixinStandardHelpOptions = true,
        description = "Densities of breakpoints and delta-slopes at random initialization (Thm 1, Cor 1): CSV"
                + " x,density, or {\"x\":[..],\"density\":[..]} with --json.")
final class DensityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--family", required = true, description = "gaussian or uniform")
    String family;

    @Option(names = "--sigma-b", description = "gaussian: std of the biases")
    Double sigmaB;

    @Option(names = "--sigma-w", description = "gaussian: std of the input weights")
    Double sigmaW;

    @Option(names = "--sigma-v", description = "gaussian: std of the output weights")
    Double sigmaV;

    @Option(names = "--a-b", description = "uniform: half-width of the biases")
    Double aB;

    @Option(names = "--a-w", description = "uniform: half-width of the input weights")
    Double aW;

    @Option(names = "--a-v", description = "uniform: half-width of the output weights")
    Double aV;

    @Option(names = "--of", required = true, description = "breakpoint, delta-slope or delta-slope-given-breakpoint")
    String of;

    @Option(names = "--at", required = true, split = ",", description = "points v1,v2,...")
    double[] at;

    @Option(names = "--given", description = "the breakpoint for --of delta-slope-given-breakpoint")
    Double given;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        InitTheory theory = switch (family) {
            case "gaussian" -> new GaussianInitTheory(required(sigmaB, "--sigma-b"), required(sigmaW, "--sigma-w"),
                    required(sigmaV, "--sigma-v"));
            case "uniform" -> new UniformInitTheory(required(aB, "--a-b"), required(aW, "--a-w"),
                    required(aV, "--a-v"));
            default -> throw new InvalidInputException("--family: expected gaussian or uniform, got '" + family + "'");
        };
        RealDistribution law = switch (of) {
            case "breakpoint" -> theory.breakpoints(null);
            case "delta-slope" -> theory.deltaSlopes(null);
            case "delta-slope-given-breakpoint" -> theory.deltaSlopesGiven(finite(given, "--given"), null);
            default -> throw new InvalidInputException("--of: expected breakpoint, delta-slope or "
                    + "delta-slope-given-breakpoint, got '" + of + "'");
        };
        double[] density = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            if (!Double.isFinite(at[i])) {
                throw new InvalidInputException("--at: value " + (i + 1) + " is not finite");
            }
            density[i] = law.density(at[i]);
        }
        var out = spec.commandLine().getOut();
        if (json.enabled()) {
            ObjectNode node = JsonOutput.MAPPER.createObjectNode();
            JsonOutput.array(node.putArray("x"), at);
            JsonOutput.array(node.putArray("density"), density);
            out.println(JsonOutput.text(node));
        } else {
            out.println("x,density");
            for (int i = 0; i < at.length; i++) {
                out.println(at[i] + "," + density[i]);
            }
        }
        return 0;
    }

    private static double finite(Double value, String option) {
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidInputException(option + " must be given as a finite number");
        }
        return value;
    }

    private static double required(Double value, String option) {
        if (value == null) {
            throw new InvalidInputException(option + " is required for this family");
        }
        if (!Double.isFinite(value) || value <= 0) {
            throw new InvalidInputException(option + ": must be a finite number > 0, got " + value);
        }
        return value;
    }
}
