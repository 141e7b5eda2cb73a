package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.splinelens.core.data.Grid;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a network on a grid a:b:step.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--net", required = true, description = "network JSON file")
    Path net;

    @Option(names = "--grid", required = true, description = "a:b:step, b included")
    String grid;

    @Option(names = "--json", description = "JSON {\"x\":[..],\"y\":[..]} instead of CSV x,y")
    boolean json;

    @Override
    public Integer call() {
        double[] x = Grid.parse(grid, "--grid").points();
        UnivariateNetwork network = NetworkJson.read(net);
        double[] y = new double[x.length];
        network.values(x, y);
        var out = spec.commandLine().getOut();
        if (json) {
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
