package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs-that-run rules on hand-written pages: what is a command, its exit code and output, what is skipped. */
class DocCommandsTest {
    @TempDir
    Path dir;

    private static DocCommands page(String text) {
        return DocCommands.parse("page.md", text.lines().toList());
    }

    @Test
    void commandsTheirExitCodesOutputsAndContinuationsAreReadInOrder() {
        DocCommands doc = page("""
                Text with `./splinelens inline` is not a command.

                ```
                ./splinelens eval --net a.json --grid 0:1:1   # comment
                {"x":[0.0]}
                …
                ./splinelens train --width 0 \\
                    --data d.csv   # exit 2

                ./splinelens list
                ```

                ```output
                command (1):
                ```

                ```python
                ./splinelens not-shell
                ```
                """);
        assertThat(doc.commands()).extracting(DocCommands.Command::text).containsExactly(
                "./splinelens eval --net a.json --grid 0:1:1", "./splinelens train --width 0 --data d.csv",
                "./splinelens list");
        assertThat(doc.commands()).extracting(DocCommands.Command::exit).containsExactly(0, 2, 0);
        assertThat(doc.commands()).extracting(DocCommands.Command::line).containsExactly(4, 7, 10);
        assertThat(doc.commands().get(0).output()).containsExactly("{\"x\":[0.0]}", "…");
        assertThat(doc.commands().get(1).output()).isEmpty();
        assertThat(doc.commands().get(2).output()).containsExactly("command (1):");
    }

    @Test
    void blocksMarkedLongAreSkipped() {
        DocCommands doc = page("""
                <!-- long -->
                ```
                ./splinelens reproduce --scale paper
                ```

                ```sh long
                ./splinelens run loneliness --scale paper
                ```

                ```sh
                ./splinelens --version
                ```
                """);
        assertThat(doc.commands()).extracting(DocCommands.Command::text).containsExactly("./splinelens --version");
    }

    @Test
    void argumentsSplitAsAShellWould() {
        assertThat(DocCommands.arguments("./splinelens fit --set 'a=1 2' --x \"y z\"  w"))
                .containsExactly("fit", "--set", "a=1 2", "--x", "y z", "w");
    }

    @Test
    void aWrongExitCodeOrAWrongOutputFailsAndTheDocumentedOnesPass() throws IOException {
        Files.writeString(dir.resolve("net.json"), "{\"type\":\"shallow\",\"w\":[1.0],\"b\":[0.0],\"v\":[1.0],\"b0\":0.0}");
        String eval = "./splinelens eval --net net.json --grid 0:1:1 --json";
        assertThatCode(() -> DocsRunTest.runAll(page("```\n" + eval + "\n{\"x\":[0.0,1.0],\"y\":[0.0,1.0]}\n```"), dir))
                .doesNotThrowAnyException();
        assertThatCode(() -> DocsRunTest.runAll(page("```\n" + eval + "\n{\"x\":[0.0,1.0],…\n```"), dir))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DocsRunTest.runAll(page("```\n" + eval + "\n{\"x\":[0.0,2.0],…\n```"), dir))
                .isInstanceOf(AssertionError.class);
        String csv = "./splinelens eval --net net.json --grid 0:2:1";
        assertThatCode(() -> DocsRunTest.runAll(page("```\n" + csv + "\nx,y\n…\n2.0,2.0\n```"), dir))
                .doesNotThrowAnyException();
        assertThatCode(() -> DocsRunTest.runAll(page("```\n" + csv + "\n…\n1.0,1.0\n…\n```"), dir))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DocsRunTest.runAll(page("```\n" + csv + "\nx,y\n…\n1.0,1.0\n```"), dir))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> DocsRunTest.runAll(page("```\n" + csv + "\n…\n3.0,3.0\n…\n```"), dir))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> DocsRunTest.runAll(page("```\n" + eval + "   # exit 2\n```"), dir))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> DocsRunTest.runAll(page("```\n" + eval + "\n{\"x\":[0.0,1.0],\"y\":[0.0,1.0]}\nmore\n```"),
                dir)).isInstanceOf(AssertionError.class);
        // a file no earlier command made and examples/ does not ship
        assertThatThrownBy(() -> DocsRunTest.runAll(page("```\n./splinelens eval --net missing.json --grid 0:1:1\n```"),
                dir)).isInstanceOf(AssertionError.class);
        assertThat(List.of(dir.toFile().list())).containsExactly("net.json");
    }
}
