package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.losssurface.knot.KnotAnalysis;
import org.splinelens.losssurface.knot.Quadratic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "knots", mixinStandardHelpOptions = true,
        description = "For each unit of a shallow net, each data value as a knot of the loss along the unit's "
                + "breakpoint: the minimisers of the two quadratic pieces and the knot type (Thm 3).")
final class KnotsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NetFile net;

    @Mixin
    DataFile data;

    @Option(names = "--unit", description = "only this unit (from 0)")
    Integer unit;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        ShallowNetwork shallow = net.shallow("knot types");
        Dataset dataset = data.dataset();
        if (unit != null && (unit < 0 || unit >= shallow.width())) {
            throw new InvalidInputException("--unit: expected 0.." + (shallow.width() - 1) + ", got " + unit);
        }
        // text is collected and printed after the check below, so a failure prints nothing but its line
        StringBuilder text = new StringBuilder();
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        ArrayNode units = root.putArray("units");
        for (int i = 0; i < shallow.width(); i++) {
            if ((unit != null && unit != i) || shallow.w(i) == 0) {
                continue;
            }
            KnotAnalysis[] knots = KnotAnalysis.all(shallow, i, dataset.x(), dataset.y());
            double beta = -shallow.b(i) / shallow.w(i);
            int orientation = shallow.w(i) > 0 ? 1 : -1;
            ObjectNode u = units.addObject();
            u.put("unit", i);
            u.put("breakpoint", beta);
            u.put("deltaSlope", shallow.w(i) * shallow.v(i));
            u.put("orientation", orientation);
            ArrayNode list = u.putArray("knots");
            text.append(String.format(Locale.ROOT, "unit %d: β = %.6g, μ = %.6g, s = %+d%n", i, beta,
                    shallow.w(i) * shallow.v(i), orientation));
            for (KnotAnalysis knot : knots) {
                String type = knot.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
                ObjectNode k = list.addObject();
                k.put("x", knot.knot());
                JsonOutput.number(k, "leftMinimiser", knot.leftMinimiser());
                JsonOutput.number(k, "rightMinimiser", knot.rightMinimiser());
                k.put("type", type);
                quadratic(k.putObject("left"), knot.left());
                quadratic(k.putObject("right"), knot.right());
                text.append(String.format(Locale.ROOT, "  x = %-12.6g %-13s m1 = %s, m2 = %s%n", knot.knot(),
                        type, FiniteResults.text("%.6g", knot.leftMinimiser()),
                        FiniteResults.text("%.6g", knot.rightMinimiser())));
            }
        }
        // the text shows the same numbers as the tree; a minimiser is NaN by design where a piece has none
        FiniteResults.requireTree(root, net.path() + ": the knot analysis");
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            out.println(JsonOutput.text(root));
        } else {
            out.print(text);
        }
        return 0;
    }

    /** The piece as {@code a β² + b β + c}. */
    private static void quadratic(ObjectNode node, Quadratic q) {
        node.put("a", q.a());
        node.put("b", q.b());
        node.put("c", q.c());
    }

}
