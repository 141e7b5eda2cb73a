package org.example.splinelens.contrib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.cli.SplinelensCommand;

/**
 * docs/EXTENDING.md cannot rot: every Java, XML and services snippet is a verbatim excerpt of this module's compiled
 * sources, and its YAML and commands run — with this module on the class path — and do what the guide says.
 */
class ExtendingGuideTest {
    private static final Path ROOT = repositoryRoot();
    private static final Pattern MARKER = Pattern.compile("<!-- (snippet|run): (.+?) -->");

    @TempDir
    Path tmp;

    /** @return the nearest directory at or above the working directory that holds docs/EXTENDING.md */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/EXTENDING.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("docs/EXTENDING.md not found above " + Path.of("").toAbsolutePath());
    }

    /** A fenced block after a marker line. */
    private record Block(String kind, String argument, String text) {
    }

    private static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/EXTENDING.md"));
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            assertThat(lines.get(i + 1)).as("fence after line %d", i + 1).startsWith("```");
            StringBuilder text = new StringBuilder();
            int j = i + 2;
            for (; !lines.get(j).equals("```"); j++) {
                text.append(lines.get(j)).append('\n');
            }
            blocks.add(new Block(m.group(1), m.group(2), text.toString()));
            i = j;
        }
        return blocks;
    }

    @Test
    void everySnippetIsAVerbatimExcerptOfTheCompiledSources() throws IOException {
        List<Block> snippets = blocks().stream().filter(b -> b.kind().equals("snippet")).toList();
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(8);
        for (Block snippet : snippets) {
            String source = Files.readString(ROOT.resolve(snippet.argument()));
            assertThat(source).as(snippet.argument()).contains(snippet.text().stripTrailing());
        }
    }

    @Test
    void theGuidesConfigAndCommandsRunWithThePluginsOnTheClassPath() throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Block block : blocks()) {
            if (block.kind().equals("run") && block.argument().startsWith("yaml ")) {
                Files.writeString(tmp.resolve(block.argument().substring("yaml ".length())), block.text());
            } else if (block.kind().equals("run") && block.argument().equals("commands")) {
                for (String line : block.text().strip().split("\n")) {
                    assertThat(line).startsWith("splinelens ");
                    List<String> args = new ArrayList<>(List.of(line.substring("splinelens ".length()).split(" +")));
                    for (int k = 0; k < args.size(); k++) {
                        if (args.get(k).endsWith(".yaml") || k > 0 && args.get(k - 1).equals("--out")) {
                            args.set(k, tmp.resolve(args.get(k)).toString());
                        }
                    }
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    int code = SplinelensCommand.execute(args.toArray(String[]::new), new PrintWriter(out),
                            new PrintWriter(err));
                    assertThat(code).as(line + ": " + err).isZero();
                    outputs.put(line, out.toString());
                }
            }
        }
        assertThat(outputs.get("splinelens list")).contains("laplace").contains("adagrad")
                .contains("init-x-optimizer");

        JsonNode plugins = new ObjectMapper().readTree(outputs.get("splinelens list --json")).get("plugins");
        Map<String, JsonNode> config = new LinkedHashMap<>();
        plugins.forEach(p -> config.put(p.get("kind").asText() + "/" + p.get("name").asText(), p.get("config")));
        assertThat(config.get("initializer/laplace").get("gain").asDouble()).isEqualTo(1.0);
        assertThat(config.get("initializer/laplace").get("alpha").asDouble()).isEqualTo(1.0);
        assertThat(config.get("optimizer/adagrad").get("lr").asDouble()).isEqualTo(0.01);
        assertThat(config.get("optimizer/adagrad").get("eps").asDouble()).isEqualTo(1e-10);
        assertThat(config.get("experiment/init-x-optimizer").get("optimizers")).hasSize(2);

        Path run = tmp.resolve("runs/init-x-optimizer");
        List<String> summary = Files.readAllLines(run.resolve("summary.csv"));
        assertThat(summary.get(0)).startsWith("initializer,optimizer,");
        // three initializers × two optimizers, as the YAML asks
        assertThat(summary).hasSize(1 + 3 * 2).anyMatch(l -> l.startsWith("laplace,adagrad,"))
                .anyMatch(l -> l.startsWith("glorot-normal,adam,"));
        assertThat(Files.readString(run.resolve("config.yaml"))).contains("epochs: 200");
        assertThat(run.resolve("report.html")).isNotEmptyFile();

        // excess kurtosis: Laplace 3 (sd of the estimate about 0.16 at 10^5 draws), Gaussian 0 (sd about 0.016)
        assertThat(new ObjectMapper().readTree(outputs.get("splinelens tails --init laplace --width 100000 --json"))
                .get("excessKurtosis").asDouble()).isCloseTo(3.0, within(0.65));
        assertThat(new ObjectMapper().readTree(outputs.get("splinelens tails --init he-normal --width 100000 --json"))
                .get("excessKurtosis").asDouble()).isCloseTo(0.0, within(0.065));
    }

    @Test
    void anUnknownOptimizerInTheYamlIsOneLineNamingTheKey() throws IOException {
        Path yaml = tmp.resolve("bad.yaml");
        Files.writeString(yaml, "experiment: init-x-optimizer\nconfig:\n  optimizers: [adagrad, nope]\n");
        StringWriter err = new StringWriter();
        int code = SplinelensCommand.execute(new String[] {"run", yaml.toString(), "--out",
            tmp.resolve("bad").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("optimizers").contains("nope");
        assertThat(tmp.resolve("bad")).doesNotExist();
    }
}
