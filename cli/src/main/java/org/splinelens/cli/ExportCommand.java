package org.splinelens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.splinelens.core.io.TensorDtype;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export}: a network file in the other format — to safetensors for PyTorch's {@code load_state_dict}, or
 * from safetensors to JSON. Bad input writes nothing.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a network (JSON or safetensors) as FILE.safetensors, the state dict of PyTorch's"
                + " nn.Sequential(Linear(1, H1), ReLU(), ..., Linear(HL, 1)), or as FILE.json (docs/PYTORCH.md).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    NetFile net;

    @Option(names = "--to", required = true, paramLabel = "FILE",
            description = "the file to write: FILE.safetensors or FILE.json")
    Path to;

    @Mixin
    NetworkOutput output;

    @Override
    public Integer call() {
        TensorDtype dtype = output.check("--to", to);
        UnivariateNetwork network = net.network();
        output.write(to, network, dtype);
        return 0;
    }
}
