package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.commons.math3.distribution.RealDistribution;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.init.theory.InitTheory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "density", mixinStandardHelpOptions = true,
        description = "Densities of breakpoints and delta-slopes at random initialization (Thm 1, Cor 1) under any"
                + " initializer that declares its law (gaussian, uniform, he-normal, …; `splinelens list`), configured"
                + " with --set: CSV x,density, or {\"x\":[..],\"density\":[..]} with --json.")
final class DensityCommand implements Callable<Integer> {
    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Option(names = "--init", required = true,
            description = "initializer whose law to use, e.g. gaussian (--set sigmaB=… --set sigmaW=… --set sigmaV=…)"
                    + " or uniform (keys aB, aW, aV)")
    String init;

    @Option(names = "--width", defaultValue = "1",
            description = "units H, for laws that depend on it (He, Glorot, PyTorch default; default ${DEFAULT-VALUE})")
    int width;

    @Mixin
    SetOption set;

    @Option(names = "--of", required = true, description = "breakpoint, delta-slope or delta-slope-given-breakpoint")
    String of;

    @Option(names = "--at", required = true, split = ",", description = "points v1,v2,...")
    double[] at;

    @Option(names = "--given", description = "the breakpoint for --of delta-slope-given-breakpoint")
    Double given;

    @Mixin
    JsonOption json;

    DensityCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public Integer call() {
        if (width < 1) {
            throw new InvalidInputException("--width must be >= 1, got " + width);
        }
        Map<String, Object> settings = SettingsRouter.route(set.values(),
                List.of(SettingsTarget.initializer(plugins, init))).get("init");
        InitTheory theory = plugins.initializerTheory(init, settings, width).orElseThrow(() ->
                new InvalidInputException("--init: initializer " + Excerpt.of(init) + " declares no law of its"
                        + " breakpoints and delta-slopes (data-dependent or constructed)"));
        RealDistribution law = switch (of) {
            case "breakpoint" -> theory.breakpoints(null);
            case "delta-slope" -> theory.deltaSlopes(null);
            case "delta-slope-given-breakpoint" -> theory.deltaSlopesGiven(finite(given, "--given"), null);
            default -> throw new InvalidInputException("--of: expected breakpoint, delta-slope or "
                    + "delta-slope-given-breakpoint, got " + Excerpt.of(of));
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
            // a density may be infinite at a point as an answer (the delta-slope law's singularity at 0)
            JsonOutput.answers(node.putArray("density"), density);
            out.println(JsonOutput.text(node));
        } else {
            out.println("x,density");
            for (int i = 0; i < at.length; i++) {
                out.println(at[i] + "," + FiniteResults.text(density[i])); // "inf" at a singularity
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
}
