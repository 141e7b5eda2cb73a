package org.splinelens.cli.extras;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.splinelens.cli.Plugins;
import org.splinelens.core.targets.TargetFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code splinelens extra-domain --target NAME}: a target's sampling domain. */
@Command(name = "extra-domain", mixinStandardHelpOptions = true, description = "Print a target's domain (test module).")
final class DomainCommand implements Callable<Integer> {
    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, description = "target name")
    String target;

    DomainCommand(Plugins plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() {
        TargetFunction f = plugins.target(target);
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "%s %s", f.domainLow(), f.domainHigh()));
        return 0;
    }
}
