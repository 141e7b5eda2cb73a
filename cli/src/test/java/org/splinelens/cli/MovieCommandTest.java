package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieCommandTest {
    @TempDir
    Path tmp;

    private static int frames(Path gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void movieTrainsLikeTrainAndWritesOneFramePerObservationUpToTheLimit() throws IOException {
        Path shallow = tmp.resolve("shallow");
        CliRun result = run("movie", "--target", "sin", "--width", "12", "--lr", "0.002", "--epochs", "400",
                "--observe-every", "40", "--out", shallow.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(shallow.resolve("final-net.json")).isNotEmptyFile();
        // epochs 0, 40, …, 400: eleven observations
        assertThat(frames(shallow.resolve("movie.gif"))).isEqualTo(11);
        assertThat(Files.readString(shallow.resolve("movie.html"))).contains("movie/frame-010.png");
        assertThat(shallow.resolve("movie").resolve("frame-010.png")).isNotEmptyFile();

        Path deep = tmp.resolve("deep");
        CliRun deepRun = run("movie", "--target", "sin", "--widths", "4,4", "--lr", "0.002", "--epochs", "100",
                "--observe-every", "10", "--frames", "4", "--out", deep.toString());
        assertThat(deepRun.code()).as(deepRun.err()).isZero();
        assertThat(frames(deep.resolve("movie.gif"))).isEqualTo(4);
    }

    @Test
    void movieNeedsAnOutputDirectoryAndSensibleFrames() {
        CliRun.assertBadInput(new String[] {"movie", "--target", "sin", "--width", "4"},
                new String[] {"movie", "--target", "sin", "--width", "4", "--frames", "1", "--out",
                    tmp.resolve("m").toString()});
    }
}
