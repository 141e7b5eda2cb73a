package org.splinelens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page as headless Chromium renders it: a copy of the page beside it (so its relative links and images resolve as
 * the page's own) gets a script that, once the page and its images have loaded, writes what it measured into the DOM;
 * {@code chromium --dump-dom} prints that DOM and the measurements are read back from it. One fresh profile per page,
 * and every network feature Chromium has off: the page is a local file.
 *
 * @param binary the Chromium executable
 */
record HeadlessChromium(Path binary) {
    /** The width the pages must fit: a laptop browser window. */
    static final int WIDTH = 1280;

    private static final String MARK = "splinelens-check";
    // runs after load, when every <img> has loaded or failed; naturalWidth is 0 for one that failed
    private static final String SCRIPT = "<script>window.addEventListener('load',function(){"
            + "var r={scrollWidth:document.documentElement.scrollWidth,innerWidth:window.innerWidth,"
            + "images:Array.from(document.images).map(function(i){return {src:i.src,naturalWidth:i.naturalWidth};}),"
            + "links:Array.from(document.querySelectorAll('a[href]')).map(function(a){return a.href;}),"
            + "missingAnchors:Array.from(document.querySelectorAll('a[href^=\"#\"]')).filter(function(a){"
            + "return !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));})"
            + ".map(function(a){return a.getAttribute('href');})};"
            + "var p=document.createElement('pre');p.id='" + MARK + "';p.textContent=JSON.stringify(r);"
            + "document.body.appendChild(p);});</script>";
    private static final Pattern RESULT = Pattern.compile("<pre id=\"" + MARK + "\">(.*?)</pre>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the script measured on a page. */
    record Page(Path file, int scrollWidth, int innerWidth, List<Image> images, List<String> links,
            List<String> missingAnchors) {
    }

    /** An image of the page: its resolved source and its width once loaded (0 when it did not load). */
    record Image(String src, int naturalWidth) {
    }

    /** @return Debian's Chromium ({@code /usr/bin/chromium}, package {@code chromium}) when it is installed */
    static Optional<HeadlessChromium> find() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return Optional.of(new HeadlessChromium(path));
            }
        }
        return Optional.empty();
    }

    /** @return the measurements of {@code page} rendered {@link #WIDTH} px wide */
    Page check(Path page, Path scratch) throws IOException, InterruptedException {
        String html = Files.readString(page);
        int end = html.lastIndexOf("</body>");
        String probed = end < 0 ? html + SCRIPT : html.substring(0, end) + SCRIPT + html.substring(end);
        Path copy = page.resolveSibling(page.getFileName() + ".check.html");
        Files.writeString(copy, probed);
        try {
            String dom = run(scratch, "--window-size=" + WIDTH + ",2000", "--virtual-time-budget=10000", "--dump-dom",
                    copy.toUri().toString());
            Matcher found = RESULT.matcher(dom);
            if (!found.find()) {
                throw new AssertionError("Chromium's DOM of " + page + " has no measurements: "
                        + dom.substring(0, Math.min(400, dom.length())));
            }
            JsonNode result = JSON.readTree(unescape(found.group(1)));
            List<Image> images = new ArrayList<>();
            result.get("images").forEach(i -> images.add(new Image(i.get("src").asText(),
                    i.get("naturalWidth").asInt())));
            // the copy's links are the page's own: they resolve from the same directory, and one into the copy
            // itself (#a-note) is one into the page
            String copyUri = copy.toUri().toString();
            String pageUri = page.toUri().toString();
            List<String> links = new ArrayList<>();
            result.get("links").forEach(l -> links.add(l.asText().startsWith(copyUri + "#")
                    ? pageUri + l.asText().substring(copyUri.length()) : l.asText()));
            List<String> missing = new ArrayList<>();
            result.get("missingAnchors").forEach(a -> missing.add(a.asText()));
            return new Page(page, result.get("scrollWidth").asInt(), result.get("innerWidth").asInt(), images,
                    links, missing);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Writes a screenshot of {@code page}, {@link #WIDTH} by {@code height} px, to {@code png}. */
    void screenshot(Path page, Path png, int height, Path scratch) throws IOException, InterruptedException {
        run(scratch, "--screenshot=" + png, "--window-size=" + WIDTH + "," + height, "--hide-scrollbars",
                page.toUri().toString());
    }

    /** @return Chromium's stdout for {@code args} after the common flags, with a fresh profile under {@code scratch} */
    private String run(Path scratch, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(scratch, "chromium", ".log");
        Path out = Files.createTempFile(scratch, "chromium", ".out");
        // both streams to files: a pipe Chromium fills faster than it is read could stall it, and a hung Chromium
        // must not hang the build, so the wait has a deadline
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("Chromium exited " + process.exitValue() + ": " + Files.readString(log));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** @return the text of an HTML text node as serialized in a dumped DOM */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
    }
}
