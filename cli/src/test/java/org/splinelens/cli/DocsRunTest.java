package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs that run: every {@code ./splinelens} command in the code blocks of README.md and docs/*.md (the rules are
 * {@link DocCommands}'), run in order per file, in process, in a scratch directory holding a copy of the repository's
 * examples/, with its documented exit code and its documented output. A file a command names must be shipped under
 * examples/ or made by an earlier command of the same file.
 *
 * <p>The commands run in process (a JVM per command would take most of a minute), so the scratch directory cannot be
 * the working directory: every argument that names a file (the value of {@code --out}, {@code --data} and the like,
 * or any word with a {@code /} or a file's extension) is resolved against it, and the scratch directory's path is
 * taken out of what the command prints. {@code run} and {@code reproduce} without {@code --out} get the directory they
 * default to, under the scratch directory.
 */
class DocsRunTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> FILE_ENDINGS = Set.of(".csv", ".json", ".yaml", ".yml", ".safetensors", ".md",
            ".txt", ".gif", ".png", ".svg", ".html");

    /** Options whose value is a file or directory, whatever its name. */
    private static final Set<String> PATH_OPTIONS = Set.of("--out", "--record", "--data", "--net", "--from");

    @TempDir
    Path scratch;

    private static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    private static DocCommands read(Path file) {
        try {
            return DocCommands.parse(ROOT.relativize(file).toString(), Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandRunsAsDocumented() throws IOException {
        return documents().stream().map(DocsRunTest::read).filter(doc -> !doc.commands().isEmpty())
                .map(doc -> DynamicTest.dynamicTest(doc.file(), () -> runAll(doc)));
    }

    @Test
    void theFrontDoorShowsRunnableCommands() throws IOException {
        // the README's five-minute path must be one the test runs, not a block marked long
        assertThat(read(ROOT.resolve("README.md")).commands()).extracting(DocCommands.Command::text)
                .anySatisfy(text -> assertThat(text).startsWith("./splinelens train --data examples/"));
    }

    private void runAll(DocCommands doc) throws IOException {
        Path dir = Files.createTempDirectory(scratch, doc.file().replaceAll("[^A-Za-z0-9]", "_"));
        copy(ROOT.resolve("examples"), dir.resolve("examples"));
        runAll(doc, dir);
    }

    /** Runs a page's commands in {@code dir}, asserting each one's documented exit code and output. */
    static void runAll(DocCommands doc, Path dir) {
        for (DocCommands.Command command : doc.commands()) {
            String[] args = arguments(command, dir);
            CliRun result = CliRun.run(args);
            String where = doc.file() + ":" + command.line() + ": " + command.text();
            String out = result.out().replace(dir + "/", "").replace(dir.toString(), ".");
            String err = result.err().replace(dir + "/", "").replace(dir.toString(), ".");
            assertThat(result.code()).as(where + "\nstderr: " + err).isEqualTo(command.exit());
            if (!command.output().isEmpty()) {
                assertShown(where, command.output(), out.isEmpty() ? err : out);
            }
        }
    }

    /**
     * The shown lines must be the printed ones, in order: a shown line {@code …} stands for any number of printed
     * lines, and a shown line ending in {@code …} for a printed line that begins with the rest.
     */
    private static void assertShown(String where, List<String> shown, String printed) {
        List<String> lines = printed.lines().map(String::stripTrailing).toList();
        String context = where + ": the output shown\n" + String.join("\n", shown) + "\nagainst the output printed\n"
                + printed;
        int next = 0;
        boolean skipping = false;
        for (String line : shown) {
            if (line.strip().equals(DocCommands.MORE)) {
                skipping = true;
                continue;
            }
            while (skipping && next < lines.size() && !matches(line, lines.get(next))) {
                next++;
            }
            assertThat(next).as(context).isLessThan(lines.size());
            assertThat(matches(line, lines.get(next))).as(context + "\nat printed line " + (next + 1)).isTrue();
            next++;
            skipping = false;
        }
        if (!skipping) {
            assertThat(next).as(context + "\n(end the shown lines with … when more are printed)")
                    .isEqualTo(lines.size());
        }
    }

    private static boolean matches(String shown, String printed) {
        if (shown.endsWith(DocCommands.MORE)) { // a line shown by its beginning
            return printed.startsWith(shown.substring(0, shown.length() - DocCommands.MORE.length()).stripTrailing());
        }
        return printed.equals(shown);
    }

    private static String[] arguments(DocCommands.Command command, Path dir) {
        List<String> words = new ArrayList<>(DocCommands.arguments(command.text()));
        for (int i = 0; i < words.size(); i++) {
            boolean named = i > 0 && PATH_OPTIONS.contains(words.get(i - 1));
            words.set(i, named ? dir.resolve(words.get(i)).toString() : resolve(words.get(i), dir));
        }
        String name = words.isEmpty() ? "" : words.get(0);
        boolean defaultsOut = name.equals("reproduce") || name.equals("run") && words.size() > 1;
        boolean outGiven = words.stream().anyMatch(w -> w.equals("--out") || w.startsWith("--out="));
        if (defaultsOut && !outGiven && !words.contains("--help") && !words.contains("-h")) {
            // the directory they default to (RunCommand, ReproduceCommand), here under the scratch directory
            int scale = words.indexOf("--scale");
            String chosen = scale >= 0 && scale + 1 < words.size() ? words.get(scale + 1) : "quick";
            String run = name.equals("run") ? words.get(1) : name;
            words.add("--out");
            words.add(dir.resolve("runs").resolve(run + "-" + chosen).toString());
        }
        return words.toArray(String[]::new);
    }

    /** An argument naming a file, alone or as {@code --option=FILE}, resolved against the scratch directory. */
    private static String resolve(String word, Path dir) {
        int equals = word.startsWith("--") ? word.indexOf('=') : -1;
        String value = equals < 0 ? word : word.substring(equals + 1);
        boolean named = equals > 0 && PATH_OPTIONS.contains(word.substring(0, equals));
        boolean file = named || !value.startsWith("-") && !value.contains("://") && !value.contains("=")
                && (value.contains("/") || FILE_ENDINGS.stream().anyMatch(value::endsWith));
        if (!file) {
            return word;
        }
        return (equals < 0 ? "" : word.substring(0, equals + 1)) + dir.resolve(value);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            // build output (examples/contrib-plugin/target) is no part of what the repository ships
            List<Path> shipped = files.filter(p -> {
                for (Path part : from.relativize(p)) {
                    if (part.toString().equals("target")) {
                        return false;
                    }
                }
                return true;
            }).toList();
            for (Path source : shipped) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
