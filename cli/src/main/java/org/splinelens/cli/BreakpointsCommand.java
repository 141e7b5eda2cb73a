package org.splinelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.UnitBreakpoints;
import org.splinelens.core.io.Decimal;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "breakpoints", mixinStandardHelpOptions = true,
        description = "Exact breakpoints of every layer and unit, the output as canonical PWL, and its pieces. The"
                + " console lists each layer's leftmost " + BreakpointListing.SHOWN + " breakpoints with delta-slope,"
                + " unit, orientation (layer 1) and activity; --json has all of them.")
final class BreakpointsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NetFile net;

    @Option(names = "--domain", description = "a,b: also count the pieces inside [a, b]")
    String domain;

    @Mixin
    MaxPiecesOption maxPieces;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws IOException {
        double[] ab = domain == null ? null : parseDomain(domain);
        DeepNetwork network = net.network().asDeep();
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(network,
                maxPieces.limit("breakpoints --net " + net.path()));
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOutput.stream(out, g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("layers");
                for (LayerBreakpoints layer : analysis.layers()) {
                    g.writeStartObject();
                    g.writeNumberField("layer", layer.layer());
                    g.writeArrayFieldStart("units");
                    for (UnitBreakpoints unit : layer.units()) {
                        g.writeStartObject();
                        g.writeNumberField("unit", unit.unit());
                        JsonOutput.array(g, "breakpoints", unit.breakpoints());
                        JsonOutput.array(g, "active", unit.activeBreakpoints());
                        JsonOutput.array(g, "deltaSlopes", unit.deltaSlopes());
                        if (layer.layer() == 1) { // SRS Eq. 1's s_i = sign w_i; deeper units have none
                            g.writeNumberField("orientation", network.weight(0, unit.unit(), 0) > 0 ? 1 : -1);
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                JsonOutput.pwl(g, "output", analysis.output());
                g.writeNumberField("pieces", analysis.pieces());
                if (ab != null) {
                    g.writeNumberField("piecesInDomain", analysis.piecesIn(ab[0], ab[1]));
                }
                g.writeEndObject();
            });
        } else {
            String tooLarge = net.path() + ": weights too large for double precision ("
                    + FiniteResults.magnitudes(network) + ")";
            for (LayerBreakpoints layer : analysis.layers()) {
                BreakpointListing.print(out, layer, network, tooLarge);
            }
            out.printf("pieces: %d%n", analysis.pieces());
            if (ab != null) {
                out.printf("pieces in [%s, %s]: %d%n", ab[0], ab[1], analysis.piecesIn(ab[0], ab[1]));
            }
        }
        return 0;
    }

    /**
     * @return {@code [a, b]} from {@code "a,b"}, two finite decimals with {@code a < b}: {@code [a, a]} holds no piece,
     *         so asking for its pieces is a mistake rather than a question with the answer 0
     */
    static double[] parseDomain(String spec) {
        String[] parts = spec.split(",", -1);
        if (parts.length != 2) {
            throw new InvalidInputException("--domain: expected a,b, got " + Excerpt.of(spec));
        }
        double a = Decimal.parse(parts[0], "--domain a,b, a");
        double b = Decimal.parse(parts[1], "--domain a,b, b");
        if (!(a < b)) {
            throw new InvalidInputException("--domain: expected a < b (an interval with room for a piece), got "
                    + Excerpt.of(spec));
        }
        return new double[] {a, b};
    }
}
