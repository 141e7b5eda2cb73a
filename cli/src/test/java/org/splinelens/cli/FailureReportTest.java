package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.plugin.SplinelensPlugin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** What the user sees when a command fails: one line, the right exit code, a stack trace only with --debug. */
class FailureReportTest {

    @Command(name = "fail")
    static final class FailCommand implements Callable<Integer> {
        @Parameters(index = "0")
        String how;

        @Override
        public Integer call() throws IOException {
            switch (how) {
                case "heap" -> {
                    long[][] hog = new long[1 << 20][];
                    for (int k = 0; k < hog.length; k++) {
                        hog[k] = new long[1 << 20]; // 8 TB in all: the heap runs out long before
                    }
                    return hog.length;
                }
                case "wrapped" -> throw new IOException("trial failed", new OutOfMemoryError("Java heap space"));
                case "bug" -> throw new IllegalStateException("an invariant broke\nsecond line");
                case "long" -> throw new IllegalArgumentException("bad value '" + "9".repeat(5000) + "'");
                default -> {
                    return 0;
                }
            }
        }
    }

    private static final class FailModule extends AbstractModule implements SplinelensPlugin {
        @Override
        protected void configure() {
            PluginBinder.register(PluginBinder.registry(binder(), "command", CommandPlugin.class),
                    CommandPlugin.of(FailCommand.class, plugins -> new FailCommand()));
        }
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Plugins plugins = new Plugins(PluginRegistry.of(List.<SplinelensPlugin>of(new CliModule(), new FailModule())));
        int code = SplinelensCommand.execute(plugins, args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void runningOutOfHeapIsOneLineNamingTheWayOut() {
        for (String how : List.of("heap", "wrapped")) {
            CliRun run = run("fail", how);
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err().strip()).as(how).doesNotContain("\n").doesNotContain("Exception")
                    .startsWith("splinelens: out of memory: ").contains("JAVA_OPTS=-Xmx");
        }
    }

    @Test
    void anInternalErrorIsOneLineWithABugReportHintAndItsTraceOnlyUnderDebug() {
        CliRun plain = run("fail", "bug");
        assertThat(plain.code()).isEqualTo(1);
        assertThat(plain.err().strip()).doesNotContain("\n")
                .isEqualTo("splinelens: internal error: java.lang.IllegalStateException: an invariant broke (a bug:"
                        + " please report it with the command line; --debug prints the stack trace)");
        CliRun debug = run("fail", "--debug", "bug");
        assertThat(debug.code()).isEqualTo(1);
        assertThat(debug.err()).contains("and the stack trace below").contains("\tat org.splinelens.cli");
    }

    @Test
    void aHugeMessageIsCutToOneShortLine() {
        CliRun run = run("fail", "long");
        assertThat(run.code()).isEqualTo(SplinelensCommand.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").hasSizeLessThan(SplinelensCommand.MESSAGE_LIMIT + 20)
                .endsWith(" …");
    }
}
