package org.splinelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Formatter;
import java.util.concurrent.Callable;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a network to BDSO (shallow only) or canonical PWL form.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NetFile net;

    @Option(names = "--to", required = true, description = "bdso or pwl")
    String to;

    @Mixin
    MaxPiecesOption maxPieces;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws IOException {
        UnivariateNetwork network = net.network();
        PrintWriter out = spec.commandLine().getOut();
        switch (to) {
            case "bdso" -> {
                if (!(network instanceof ShallowNetwork shallow)) {
                    throw new InvalidInputException(net.path() + ": --to bdso needs a shallow network; use --to pwl");
                }
                Bdso bdso = Bdso.of(shallow);
                if (json.enabled()) {
                    JsonOutput.stream(out, g -> {
                        g.writeStartObject();
                        JsonOutput.array(g, "breakpoints", bdso.breakpoints());
                        JsonOutput.array(g, "deltaSlopes", bdso.deltaSlopes());
                        g.writeArrayFieldStart("orientations");
                        for (int i = 0; i < bdso.size(); i++) {
                            g.writeNumber(bdso.orientation(i));
                        }
                        g.writeEndArray();
                        g.writeNumberField("constant", bdso.constant());
                        g.writeEndObject();
                    });
                } else {
                    out.printf("constant %s%n", bdso.constant());
                    out.println("breakpoint,deltaSlope,orientation");
                    // one formatter, not printf: an auto-flushing writer would flush each of a million lines
                    Formatter lines = new Formatter(out);
                    for (int i = 0; i < bdso.size(); i++) {
                        lines.format("%s,%s,%d%n", bdso.breakpoint(i), bdso.deltaSlope(i), bdso.orientation(i));
                    }
                }
            }
            case "pwl" -> {
                Pwl pwl = network instanceof ShallowNetwork shallow ? Bdso.of(shallow).toPwl()
                        : DeepBreakpoints.analyze(network.asDeep(), maxPieces.limit("convert --net " + net.path()))
                                .output();
                if (json.enabled()) {
                    JsonOutput.stream(out, g -> {
                        g.writeStartObject();
                        JsonOutput.array(g, "knots", pwl.knots());
                        JsonOutput.array(g, "slopes", pwl.slopes());
                        JsonOutput.array(g, "intercepts", pwl.intercepts());
                        g.writeEndObject();
                    });
                } else {
                    out.println("from,to,slope,intercept");
                    Formatter lines = new Formatter(out);
                    for (int p = 0; p < pwl.pieces(); p++) {
                        double from = p == 0 ? Double.NEGATIVE_INFINITY : pwl.knot(p - 1);
                        double upTo = p == pwl.knotCount() ? Double.POSITIVE_INFINITY : pwl.knot(p);
                        lines.format("%s,%s,%s,%s%n", FiniteResults.text(from), FiniteResults.text(upTo),
                                pwl.slope(p), pwl.intercept(p));
                    }
                }
            }
            default -> throw new InvalidInputException("--to: expected bdso or pwl, got " + Excerpt.of(to));
        }
        return 0;
    }
}
