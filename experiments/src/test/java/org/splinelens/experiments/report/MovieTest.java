package org.splinelens.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Series;

class MovieTest {
    @TempDir
    Path tmp;

    @Test
    void writesAnAnimatedGifThatDecodesFrameByFrameAndAPageOverExistingFrames() throws IOException {
        List<Figure> frames = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            double shift = k;
            frames.add(new Figure("frame", "frame " + k, "x", "y", false, List.of(
                    new Series("line", new double[] {0, 1, 2}, new double[] {shift, shift + 1, shift}, null),
                    Series.markers("points", new double[] {0.5, 1.5}, new double[] {shift, shift}))));
        }
        List<String> files = Movie.write(frames, 200, tmp, "movie");
        assertThat(files).containsExactly("movie.gif", "movie.html");

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(tmp.resolve("movie.gif").toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            for (int k = 0; k < 5; k++) {
                assertThat(reader.getWidth(k)).isEqualTo(720);
                // the chart's 480 pixels below its title block, the same in every frame
                assertThat(reader.getHeight(k)).isGreaterThan(480).isEqualTo(reader.getHeight(0));
                // the GIF's frame shows what its PNG frame shows, decoded independently (the PNG has its own palette)
                BufferedImage gif = reader.read(k);
                BufferedImage png = ImageIO.read(tmp.resolve(String.format("movie/frame-%03d.png", k)).toFile());
                int width = gif.getWidth();
                int height = gif.getHeight();
                assertThat(png.getWidth()).isEqualTo(width);
                assertThat(png.getHeight()).isEqualTo(height);
                int[] shown = gif.getRGB(0, 0, width, height, null, 0, width);
                int[] drawn = png.getRGB(0, 0, width, height, null, 0, width);
                int differing = 0;
                for (int p = 0; p < shown.length; p++) {
                    differing += shown[p] == drawn[p] ? 0 : 1;
                }
                assertThat(differing).as("pixels of GIF frame %d unlike its PNG frame", k).isZero();
            }
        } finally {
            reader.dispose();
        }
        String page = Files.readString(tmp.resolve("movie.html"));
        Matcher frame = Pattern.compile("\"(movie/frame-\\d{3}\\.png)\"").matcher(page);
        java.util.Set<String> referenced = new java.util.TreeSet<>();
        while (frame.find()) {
            assertThat(tmp.resolve(frame.group(1))).isNotEmptyFile();
            referenced.add(frame.group(1));
        }
        assertThat(referenced).hasSize(5);
    }
}
