package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SplinelensCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Asserts that each argument list is rejected as bad input: exit code 2 and one line on stderr, no trace. */
    static void assertBadInput(String[]... cases) {
        for (String[] args : cases) {
            CliRun result = run(args);
            assertThat(result.code()).as(String.join(" ", args)).isEqualTo(SplinelensCommand.BAD_INPUT);
            assertThat(result.err().strip()).as(String.join(" ", args)).doesNotContain("\n")
                    .doesNotContain("Exception").startsWith("splinelens: ");
        }
    }
}
