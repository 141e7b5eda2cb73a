package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.losssurface.critical.CriticalPointReport;
import org.splinelens.losssurface.critical.Degeneracies;
import org.splinelens.losssurface.critical.PieceFit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "critical", mixinStandardHelpOptions = true,
        description = "Thm 4 at a shallow net: each piece of the data partition with its OLS line against the net's "
                + "line, the gradient norm, and Cor 2's causes of a singular Hessian.")
final class CriticalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NetFile net;

    @Mixin
    DataFile data;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        ShallowNetwork shallow = net.shallow("Thm 4's report");
        Dataset dataset = data.dataset();
        String tooLarge = FiniteResults.tooLarge(shallow, dataset);
        CriticalPointReport report;
        try {
            report = CriticalPointReport.of(shallow, dataset.x(), dataset.y());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(data.path() + ": " + e.getMessage() + " (" + FiniteResults.magnitudes(
                    dataset) + ")");
        }
        FiniteResults.require(report.gradientNorm(), "the gradient norm", tooLarge);
        FiniteResults.require(report.roundingRatio(), "the gradient's rounding scale", tooLarge);
        for (PieceFit p : report.pieces()) {
            FiniteResults.require(p.netSlope(), "the net's slope on a piece", tooLarge);
            FiniteResults.require(p.netIntercept(), "the net's intercept on a piece", tooLarge);
        }
        PrintWriter out = spec.commandLine().getOut();
        Degeneracies d = report.degeneracies();
        if (json.enabled()) {
            ObjectNode root = JsonOutput.MAPPER.createObjectNode();
            root.put("gradientNorm", report.gradientNorm());
            root.put("critical", report.critical());
            JsonOutput.number(root, "gradientRoundingRatio", report.roundingRatio());
            root.put("theorem4Hypotheses", report.hypotheses());
            root.put("piecewiseOls", report.piecewiseOls());
            root.put("lonely", report.lonely());
            ArrayNode pieces = root.putArray("pieces");
            for (PieceFit p : report.pieces()) {
                ObjectNode node = pieces.addObject();
                JsonOutput.number(node, "from", p.from());
                JsonOutput.number(node, "to", p.to());
                node.put("points", p.points());
                JsonOutput.number(node, "olsSlope", p.olsSlope());
                JsonOutput.number(node, "olsIntercept", p.olsIntercept());
                node.put("netSlope", p.netSlope());
                node.put("netIntercept", p.netIntercept());
                node.put("ols", p.ols());
            }
            ObjectNode causes = root.putObject("degeneracies");
            pairs(causes.putArray("sharedPatterns"), d.sharedPatterns());
            units(causes.putArray("activeOnAll"), d.activeOnAll());
            units(causes.putArray("activeOnNone"), d.activeOnNone());
            units(causes.putArray("singleInput"), d.singleInput());
            units(causes.putArray("zeroParameters"), d.zeroParameters());
            pairs(causes.putArray("complementary"), d.complementary());
            out.println(JsonOutput.text(root));
            return 0;
        }
        out.printf(Locale.ROOT, "gradient norm %.6g: %s; Thm 4 hypotheses %s; partition %s%n", report.gradientNorm(),
                report.critical() ? "critical" : "not critical", report.hypotheses() ? "hold" : "fail",
                report.lonely() ? "lonely" : "not lonely");
        for (PieceFit p : report.pieces()) {
            out.printf(Locale.ROOT, "  [%-10.4g, %10.4g) %3d points  OLS %s  net %.6g x + %.6g%s%n", p.from(), p.to(),
                    p.points(), Double.isNaN(p.olsSlope()) ? "free" : String.format(Locale.ROOT, "%.6g x + %.6g",
                            p.olsSlope(), p.olsIntercept()), p.netSlope(), p.netIntercept(),
                    p.ols() ? "" : "  (not OLS)");
        }
        out.printf("degeneracies: shared %d, on all %s, on none %s, single input %s, zero parameters %s,"
                + " complementary %d%n", d.sharedPatterns().size(), d.activeOnAll(), d.activeOnNone(),
                d.singleInput(), d.zeroParameters(), d.complementary().size());
        return 0;
    }


    private static void units(ArrayNode node, List<Integer> units) {
        units.forEach(node::add);
    }

    private static void pairs(ArrayNode node, List<int[]> pairs) {
        for (int[] pair : pairs) {
            node.addArray().add(pair[0]).add(pair[1]);
        }
    }
}
