package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.splinelens.core.data.Grid;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a network on a grid a:b:step: CSV x,y, or {\"x\":[..],\"y\":[..]} with --json.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NetFile net;

    @Option(names = "--grid", required = true, description = "a:b:step, b included")
    String grid;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        double[] x = Grid.parse(grid, "--grid").points();
        UnivariateNetwork network = net.network();
        double[] y = new double[x.length];
        network.values(x, y);
        for (int n = 0; n < x.length; n++) {
            if (!Double.isFinite(y[n])) {
                throw new InvalidInputException(net.path() + ": f(" + x[n] + ") is not finite (" + y[n] + "): weights"
                        + " or --grid too large for double precision (" + FiniteResults.magnitudes(network) + ")");
            }
        }
        var out = spec.commandLine().getOut();
        if (json.enabled()) {
            ObjectNode node = JsonOutput.MAPPER.createObjectNode();
            JsonOutput.array(node.putArray("x"), x);
            JsonOutput.array(node.putArray("y"), y);
            out.println(JsonOutput.text(node));
        } else {
            StringBuilder csv = new StringBuilder("x,y\n");
            for (int n = 0; n < x.length; n++) {
                csv.append(x[n]).append(',').append(y[n]).append('\n');
            }
            out.print(csv);
        }
        return 0;
    }
}
