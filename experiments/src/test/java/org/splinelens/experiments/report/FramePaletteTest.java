package org.splinelens.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Series;

class FramePaletteTest {

    private static BufferedImage randomImage(int colors, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] palette = new int[colors];
        for (int k = 0; k < colors; k++) {
            palette[k] = random.nextInt(1 << 24);
        }
        BufferedImage image = new BufferedImage(97, 61, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // skewed, so the counts differ and the popular colors are well defined
                int k = (int) (colors * Math.pow(random.nextDouble(), 3));
                image.setRGB(x, y, palette[k]);
            }
        }
        return image;
    }

    @Test
    void aFrameOfAtMost256ColorsIsKeptExactly() {
        BufferedImage rgb = randomImage(200, 1);
        BufferedImage indexed = FramePalette.indexed(rgb);
        assertThat(indexed.getType()).isEqualTo(BufferedImage.TYPE_BYTE_INDEXED);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                assertThat(indexed.getRGB(x, y)).isEqualTo(rgb.getRGB(x, y));
            }
        }
    }

    @Test
    void moreColorsKeepThe256MostFrequentAndMapTheRestToTheirNearest() {
        BufferedImage rgb = randomImage(1500, 2);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                counts.merge(rgb.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        List<Integer> popular = counts.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .limit(256).map(Map.Entry::getKey).toList();
        BufferedImage indexed = FramePalette.indexed(rgb);
        IndexColorModel model = (IndexColorModel) indexed.getColorModel();
        assertThat(model.getMapSize()).isEqualTo(256);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int color = rgb.getRGB(x, y) & 0xFFFFFF;
                int got = indexed.getRGB(x, y) & 0xFFFFFF;
                assertThat(popular).contains(got);
                // brute force: no popular color is strictly nearer
                long best = popular.stream().mapToLong(p -> distance(p, color)).min().orElseThrow();
                assertThat(distance(got, color)).isEqualTo(best);
                if (popular.contains(color)) {
                    assertThat(got).isEqualTo(color);
                }
            }
        }
    }

    @Test
    void aChartKeepsItsBackgroundAndLineColorsExactly() {
        Figure figure = new Figure("f", "a chart", "x", "y", false, List.of(
                new Series("line", new double[] {0, 1, 2}, new double[] {0, 1, 0}, null)));
        BufferedImage rgb = Plots.image(figure);
        BufferedImage indexed = FramePalette.indexed(rgb);
        int exact = 0;
        int pixels = rgb.getWidth() * rgb.getHeight();
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                if ((indexed.getRGB(x, y) & 0xFFFFFF) == (rgb.getRGB(x, y) & 0xFFFFFF)) {
                    exact++;
                }
            }
        }
        assertThat((double) exact / pixels).isGreaterThan(0.99);
    }

    private static long distance(int a, int b) {
        long dr = (a >>> 16 & 0xFF) - (b >>> 16 & 0xFF);
        long dg = (a >>> 8 & 0xFF) - (b >>> 8 & 0xFF);
        long db = (a & 0xFF) - (b & 0xFF);
        return dr * dr + dg * dg + db * db;
    }
}
