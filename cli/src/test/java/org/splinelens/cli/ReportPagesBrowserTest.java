package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages a quick reproduce writes, as a browser shows them: from the index, every page it links to (each run's
 * report, a movie's frame-by-frame page) is rendered by headless Chromium 1280 px wide, and on every page each image
 * loads, each link to a local file points to one that exists (a link to an anchor, to an element with that id), and
 * nothing is wider than the window (a wide table scrolls inside its own box). Without Chromium the test is skipped, unless {@code SPLINELENS_REQUIRE_BROWSER=1}
 * (as CI sets it) makes a missing browser a failure.
 */
class ReportPagesBrowserTest {
    /** Experiments whose pages have what can go wrong: curves, paper tables with reasons, a movie and its pages. */
    private static final String EXPERIMENTS = "spiky-init,dynamics-movie";

    @TempDir
    Path tmp;

    private static HeadlessChromium chromium() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        if (found.isEmpty() && "1".equals(System.getenv("SPLINELENS_REQUIRE_BROWSER"))) {
            throw new AssertionError("SPLINELENS_REQUIRE_BROWSER=1 but no Chromium at /usr/bin/chromium"
                    + " (Debian package chromium)");
        }
        Assumptions.assumeTrue(found.isPresent(), "no Chromium at /usr/bin/chromium: the page test is skipped");
        return found.get();
    }

    @Test
    void everyPageLoadsItsImagesResolvesItsLinksAndFitsTheWindow() throws IOException, InterruptedException {
        HeadlessChromium chromium = chromium();
        Path out = tmp.resolve("reproduce");
        CliRun run = CliRun.run("reproduce", "--only", EXPERIMENTS, "--out", out.toString(), "--threads", "2");
        assertThat(run.code()).as(run.err()).isZero();
        Path scratch = Files.createDirectories(tmp.resolve("browser"));

        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> pages = new ArrayDeque<>(List.of(out.resolve("report.html").toAbsolutePath().normalize()));
        List<HeadlessChromium.Page> checked = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        while (!pages.isEmpty()) {
            Path page = pages.removeFirst();
            if (!seen.add(page)) {
                continue;
            }
            HeadlessChromium.Page result = chromium.check(page, scratch);
            checked.add(result);
            softly.assertThat(result.innerWidth()).as("window width of " + page).isEqualTo(HeadlessChromium.WIDTH);
            softly.assertThat(result.scrollWidth()).as("page width of " + page)
                    .isLessThanOrEqualTo(result.innerWidth());
            for (HeadlessChromium.Image image : result.images()) {
                softly.assertThat(image.naturalWidth()).as("image " + image.src() + " on " + page).isPositive();
            }
            softly.assertThat(result.missingAnchors()).as("links to anchors the page lacks, on " + page).isEmpty();
            for (String link : result.links()) {
                if (!link.startsWith("file:")) {
                    continue; // only local files can be checked offline; the pages link nothing else today
                }
                Path target = Path.of(URI.create(link.replaceFirst("[#?].*$", ""))).normalize();
                softly.assertThat(target).as("link " + link + " on " + page).exists();
                if (target.toString().endsWith(".html") && Files.exists(target) && target.startsWith(out
                        .toAbsolutePath().normalize())) {
                    pages.add(target);
                }
            }
        }
        softly.assertAll();
        // the crawl reached the pages it is about: both reports, and a movie's page from the movie's report
        assertThat(checked).extracting(p -> out.toAbsolutePath().normalize().relativize(p.file()).toString())
                .contains("report.html", "spiky-init/report.html", "dynamics-movie/report.html")
                .anyMatch(p -> p.startsWith("dynamics-movie/movie") && p.endsWith(".html"));
        assertThat(checked.get(0).images()).as("the index's figures").hasSizeGreaterThanOrEqualTo(2);
    }
}
