package org.splinelens.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/LIBRARY.md cannot rot: like docs/EXTENDING.md (ExtendingGuideTest), every code block follows a
 * {@code <!-- snippet: PATH -->} marker and is a verbatim excerpt of that file in examples/library-use, which this
 * module's integration-test phase compiles and tests against this build's artifacts. The BOM is checked against the
 * reactor here too.
 */
class LibraryGuideTest {
    private static final Path ROOT = repositoryRoot();
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (.+?) -->");
    private static final String EXAMPLE = "examples/library-use/";

    /** @return the nearest directory at or above the working directory that holds docs/LIBRARY.md */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/LIBRARY.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("docs/LIBRARY.md not found above " + Path.of("").toAbsolutePath());
    }

    /** A fenced block after a marker line. */
    private record Snippet(String path, String text) {
    }

    private static List<Snippet> snippets() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/LIBRARY.md"));
        List<Snippet> snippets = new ArrayList<>();
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
            snippets.add(new Snippet(m.group(1), text.toString()));
            i = j;
        }
        return snippets;
    }

    @Test
    void everyCodeBlockIsAVerbatimExcerptOfTheExampleProject() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/LIBRARY.md"));
        List<Snippet> snippets = snippets();
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(10);
        // no unmarked block: every fence opens a marked snippet
        assertThat(guide.split("\n```[a-z]+\n", -1)).hasSize(snippets.size() + 1);
        for (Snippet snippet : snippets) {
            assertThat(snippet.path()).startsWith(EXAMPLE);
            String source = Files.readString(ROOT.resolve(snippet.path()));
            assertThat(source).as(snippet.path()).contains(snippet.text().stripTrailing());
        }
    }

    @Test
    void everyEntryPointOfTheTourIsInTheGuide() throws IOException {
        String quoted = String.join("\n", snippets().stream().map(Snippet::text).toList());
        List<String> entryPoints = Files.readAllLines(
                ROOT.resolve(EXAMPLE + "src/main/java/org/example/splinelens/library/Tour.java")).stream()
                .filter(l -> l.startsWith("    public static ")).toList();
        assertThat(entryPoints).hasSizeGreaterThanOrEqualTo(8);
        assertThat(entryPoints).allSatisfy(signature -> assertThat(quoted).contains(signature));
    }

    @Test
    void theExampleIsStandaloneAndTheGuideRunsNoCommands() throws IOException {
        String pom = Files.readString(ROOT.resolve(EXAMPLE + "pom.xml"));
        assertThat(pom).doesNotContain("<parent>").contains("<artifactId>splinelens-bom</artifactId>")
                .contains("<scope>import</scope>");
        // DocsRunTest runs every ./splinelens command of docs/*.md; this guide is Java only
        assertThat(Files.readString(ROOT.resolve("docs/LIBRARY.md"))).doesNotContain("./splinelens");
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("docs/LIBRARY.md");
    }

    @Test
    void theBomManagesEveryLibraryModuleAtTheParentsVersion() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        assertThat(first(bom, "<version>(.+?)</version>")).isEqualTo(first(parent, "<version>(.+?)</version>"));
        List<String> libraries = new ArrayList<>();
        Matcher modules = Pattern.compile("<module>(.+?)</module>").matcher(parent);
        while (modules.find()) {
            String pom = Files.readString(ROOT.resolve(modules.group(1)).resolve("pom.xml"));
            // a library is a module that publishes its Javadoc; bom, it, benchmarks and the examples do not
            if (!modules.group(1).equals("bom") && !pom.contains("<maven.javadoc.skip>true</maven.javadoc.skip>")) {
                libraries.add(first(pom.substring(pom.indexOf("</parent>")), "<artifactId>(.+?)</artifactId>"));
            }
        }
        assertThat(libraries).contains("splinelens-core", "splinelens-experiments", "splinelens-testkit");
        for (String library : libraries) {
            assertThat(bom).as(library).contains("<artifactId>" + library + "</artifactId>\n"
                    + "        <version>${project.version}</version>");
        }
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
