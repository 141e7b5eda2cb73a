package org.splinelens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.losssurface.critical.CriticalPointReport;
import org.splinelens.losssurface.critical.Degeneracies;
import org.splinelens.losssurface.critical.PieceFit;
import org.splinelens.losssurface.critical.Theorem4Failure;
import org.splinelens.losssurface.critical.Theorem4Hypotheses;
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
    public Integer call() throws IOException {
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
            // a piece a breakpoint: streamed, as a wide net has millions
            JsonOutput.stream(out, g -> {
                g.writeStartObject();
                g.writeNumberField("gradientNorm", report.gradientNorm());
                g.writeBooleanField("critical", report.critical());
                JsonOutput.number(g, "gradientRoundingRatio", report.roundingRatio());
                g.writeBooleanField("theorem4Hypotheses", report.hypotheses().hold());
                g.writeBooleanField("printedTheorem4Hypotheses", report.hypotheses().printed());
                g.writeArrayFieldStart("theorem4Failures");
                for (Theorem4Failure f : report.hypotheses().failures()) {
                    g.writeStartObject();
                    g.writeStringField("hypothesis", f.hypothesis().name());
                    g.writeNumberField("unit", f.unit());
                    JsonOutput.number(g, "breakpoint", f.breakpoint());
                    g.writeStringField("message", f.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeBooleanField("piecewiseOls", report.piecewiseOls());
                g.writeBooleanField("lonely", report.lonely());
                g.writeArrayFieldStart("pieces");
                for (PieceFit p : report.pieces()) {
                    g.writeStartObject();
                    JsonOutput.number(g, "from", p.from());
                    JsonOutput.number(g, "to", p.to());
                    g.writeNumberField("points", p.points());
                    JsonOutput.number(g, "olsSlope", p.olsSlope());
                    JsonOutput.number(g, "olsIntercept", p.olsIntercept());
                    g.writeNumberField("netSlope", p.netSlope());
                    g.writeNumberField("netIntercept", p.netIntercept());
                    g.writeBooleanField("ols", p.ols());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeObjectFieldStart("degeneracies");
                g.writeArrayFieldStart("sharedPatterns");
                for (int[] units : d.sharedPatterns()) {
                    units(g, units);
                }
                g.writeEndArray();
                units(g, "activeOnAll", d.activeOnAll());
                units(g, "activeOnNone", d.activeOnNone());
                units(g, "singleInput", d.singleInput());
                units(g, "zeroParameters", d.zeroParameters());
                g.writeArrayFieldStart("complementary");
                for (int[][] classes : d.complementary()) {
                    g.writeStartArray();
                    units(g, classes[0]);
                    units(g, classes[1]);
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            });
            return 0;
        }
        Theorem4Hypotheses hypotheses = report.hypotheses();
        out.printf(Locale.ROOT, "gradient norm %.6g: %s; Thm 4 hypotheses %s; partition %s%n", report.gradientNorm(),
                report.critical() ? "critical" : "not critical", hypotheses.hold() ? "hold"
                        : hypotheses.printed() ? "fail (the printed ones hold)" : "fail",
                report.lonely() ? "lonely" : "not lonely");
        for (Theorem4Failure f : hypotheses.failures()) {
            out.println("  Thm 4: " + f.message());
        }
        // one formatter, not printf, which would flush an auto-flushing writer at each of a wide net's million lines;
        // no locale: what Locale.ROOT writes, without looking up its symbols for every number
        Formatter lines = new Formatter(out, (Locale) null);
        for (PieceFit p : report.pieces()) {
            String ols = Double.isNaN(p.olsSlope()) ? "free"
                    : String.format(Locale.ROOT, "%.6g x + %.6g", p.olsSlope(), p.olsIntercept());
            lines.format("  [%-10s, %10s) %3d points  OLS %s  net %.6g x + %.6g%s%n",
                    FiniteResults.text("%.4g", p.from()), FiniteResults.text("%.4g", p.to()), p.points(), ols, p.netSlope(), p.netIntercept(), p.ols() ? "" : "  (not OLS)");
        }
        out.printf("degeneracies: shared %d, on all %s, on none %s, single input %s, zero parameters %s,"
                + " complementary %d%n", d.sharedPairs(), d.activeOnAll(), d.activeOnNone(),
                d.singleInput(), d.zeroParameters(), d.complementaryPairs());
        return 0;
    }

    private static void units(JsonGenerator g, String key, List<Integer> units) throws IOException {
        g.writeArrayFieldStart(key);
        for (int unit : units) {
            g.writeNumber(unit);
        }
        g.writeEndArray();
    }

    private static void units(JsonGenerator g, int[] units) throws IOException {
        g.writeStartArray();
        for (int unit : units) {
            g.writeNumber(unit);
        }
        g.writeEndArray();
    }
}
