package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
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
    JsonOption json;

    @Override
    public Integer call() {
        UnivariateNetwork network = net.network();
        var out = spec.commandLine().getOut();
        switch (to) {
            case "bdso" -> {
                if (!(network instanceof ShallowNetwork shallow)) {
                    throw new InvalidInputException(net.path() + ": --to bdso needs a shallow network; use --to pwl");
                }
                Bdso bdso = Bdso.of(shallow);
                if (json.enabled()) {
                    ObjectNode node = JsonOutput.MAPPER.createObjectNode();
                    JsonOutput.array(node.putArray("breakpoints"), bdso.breakpoints());
                    JsonOutput.array(node.putArray("deltaSlopes"), bdso.deltaSlopes());
                    var s = node.putArray("orientations");
                    Arrays.stream(bdso.orientations()).forEach(s::add);
                    node.put("constant", bdso.constant());
                    out.println(JsonOutput.text(node));
                } else {
                    out.printf("constant %s%n", bdso.constant());
                    out.println("breakpoint,deltaSlope,orientation");
                    for (int i = 0; i < bdso.size(); i++) {
                        out.printf("%s,%s,%d%n", bdso.breakpoint(i), bdso.deltaSlope(i), bdso.orientation(i));
                    }
                }
            }
            case "pwl" -> {
                Pwl pwl = network instanceof ShallowNetwork shallow ? Bdso.of(shallow).toPwl()
                        : DeepBreakpoints.analyze(network.asDeep()).output();
                if (json.enabled()) {
                    out.println(JsonOutput.text(JsonOutput.pwl(pwl)));
                } else {
                    out.println("from,to,slope,intercept");
                    for (int p = 0; p < pwl.pieces(); p++) {
                        double from = p == 0 ? Double.NEGATIVE_INFINITY : pwl.knot(p - 1);
                        double upTo = p == pwl.knotCount() ? Double.POSITIVE_INFINITY : pwl.knot(p);
                        out.printf("%s,%s,%s,%s%n", from, upTo, pwl.slope(p), pwl.intercept(p));
                    }
                }
            }
            default -> throw new InvalidInputException("--to: expected bdso or pwl, got " + Excerpt.of(to));
        }
        return 0;
    }
}
