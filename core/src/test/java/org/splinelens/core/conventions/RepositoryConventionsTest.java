package org.splinelens.core.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's written conventions, checked over every source, test and document file of the checkout: no
 * placeholder package documentation, no ticket references, nothing pointing outside the repository, main Java files
 * within a size budget, and quiet tests. Each check lists every offending {@code file:line}, so a failure says what
 * to fix.
 */
class RepositoryConventionsTest {
    /** Main Java files stay readable: at most this many lines (STYLE asks for under 400 where possible). */
    static final int MAIN_FILE_LINE_BUDGET = 500;
    /** Files over the budget, each a deliberate exception; empty today. */
    static final Set<String> OVER_BUDGET = Set.of();

    private static final Set<String> TEXT_SUFFIXES = Set.of(".java", ".md", ".xml", ".properties", ".sh", ".txt",
            ".json", ".yml", ".yaml", ".py");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", "node_modules", ".idea",
            ".jqwik-database");
    // the patterns are assembled from pieces so that this file does not match itself
    private static final Pattern PLACEHOLDER = Pattern.compile("Filled in " + "by the");
    private static final Pattern TICKET = Pattern.compile(
            "(?i)\\b(issue|ticket|bug|pr)\\s*#?\\d+\\b|(?<![\\w&{:;#/\"'=-])#\\d+\\b(?![0-9a-fA-F])");
    private static final Pattern OUTSIDE = Pattern.compile(Pattern.quote(".." + "/shared")
            + "|(?<![\\w.])/" + "work/|(?<![\\w.])/" + "tmp/|(?<![\\w.])/home/\\w");
    private static final Pattern PRINTS = Pattern.compile("System\\.(out|err)\\b|\\.print" + "StackTrace\\(");

    @Test
    void noPackageDocumentationIsAPlaceholder() throws IOException {
        assertThat(offences(files(p -> p.getFileName().toString().equals("package-info.java")), PLACEHOLDER))
                .isEmpty();
    }

    @Test
    void noTicketReferencesInCodeTestsOrDocs() throws IOException {
        assertThat(offences(files(p -> true), TICKET)).isEmpty();
    }

    @Test
    void nothingPointsOutsideTheRepository() throws IOException {
        assertThat(offences(files(p -> true), OUTSIDE)).isEmpty();
    }

    @Test
    void testsDoNotPrint() throws IOException {
        assertThat(offences(files(p -> p.toString().endsWith(".java") && isUnder(p, "src/test")), PRINTS)).isEmpty();
    }

    @Test
    void mainJavaFilesStayWithinTheLineBudget() throws IOException {
        List<String> over = new ArrayList<>();
        for (Path p : files(q -> q.toString().endsWith(".java") && isUnder(q, "src/main"))) {
            long lines = lines(p).size();
            String name = root().relativize(p).toString().replace('\\', '/');
            if (lines > MAIN_FILE_LINE_BUDGET && !OVER_BUDGET.contains(name)) {
                over.add(name + ": " + lines + " lines");
            }
        }
        assertThat(over).isEmpty();
    }

    @Test
    void theChecksCanFail() {
        assertThat(TICKET.matcher("see issue " + "12").find()).isTrue();
        assertThat(TICKET.matcher("fixes #" + "12").find()).isTrue();
        assertThat(TICKET.matcher("color:#333").find()).isFalse();
        assertThat(OUTSIDE.matcher("read ../" + "shared/DESIGN.md").find()).isTrue();
        assertThat(OUTSIDE.matcher("at /" + "work/main").find()).isTrue();
        assertThat(PRINTS.matcher("System." + "out.println(x)").find()).isTrue();
        assertThat(PLACEHOLDER.matcher("Filled in " + "by the core issue.").find()).isTrue();
    }

    private static boolean isUnder(Path p, String dir) {
        return p.toString().replace('\\', '/').contains("/" + dir + "/");
    }

    private static List<String> offences(List<Path> files, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : files) {
            List<String> lines = lines(p);
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    found.add(root().relativize(p) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        return found;
    }

    private static List<String> lines(Path p) throws IOException {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return List.of();
        }
    }

    private static List<Path> files(java.util.function.Predicate<Path> keep) throws IOException {
        Path root = root();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> root.relativize(p).getNameCount() > 0 && !skipped(root.relativize(p)))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        int dot = n.lastIndexOf('.');
                        return dot >= 0 && TEXT_SUFFIXES.contains(n.substring(dot));
                    })
                    .filter(keep)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The checkout's root: the nearest ancestor of the working directory whose pom lists the core module. */
    private static Path root() throws IOException {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path pom = d.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>core</module>")) {
                return d;
            }
        }
        throw new IOException("no parent pom listing <module>core</module> above " + Path.of("").toAbsolutePath());
    }
}
