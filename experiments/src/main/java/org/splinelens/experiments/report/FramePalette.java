package org.splinelens.experiments.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * A chart frame as an 8-bit indexed image for a GIF, by a popularity palette: the 256 most frequent colors of the
 * frame are kept exactly (a chart's background, axes, text and lines), and every other color (the blends of
 * antialiased edges) takes its nearest palette color in RGB. A frame of at most 256 colors is kept exactly. One pass
 * to count the colors in an open-addressing table, one to map them: O(pixels + distinct colors × 256), where the
 * JDK's octree quantizer, which the GIF writer runs on an RGB image, costs several times the chart's own drawing.
 */
final class FramePalette {
    private static final int COLORS = 256;
    private static final int EMPTY = -1;

    private FramePalette() {
    }

    /** @return {@code rgb} as a {@link BufferedImage#TYPE_BYTE_INDEXED} image of the same size */
    static BufferedImage indexed(BufferedImage rgb) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, width, height, null, 0, width);
        ColorCounts counts = new ColorCounts();
        for (int pixel : pixels) {
            counts.add(pixel & 0xFFFFFF);
        }
        int[] palette = counts.mostFrequent(COLORS);
        byte[] indexOfSlot = counts.nearest(palette);
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int k = 0; k < palette.length; k++) {
            r[k] = (byte) (palette[k] >>> 16);
            g[k] = (byte) (palette[k] >>> 8);
            b[k] = (byte) palette[k];
        }
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, palette.length, r, g, b));
        byte[] raster = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        for (int p = 0; p < pixels.length; p++) {
            raster[p] = indexOfSlot[counts.slot(pixels[p] & 0xFFFFFF)];
        }
        return indexed;
    }

    /** Counts of 24-bit colors in an open-addressing table (linear probing), grown at half full. */
    private static final class ColorCounts {
        private int[] colors = filled(1 << 12);
        private int[] counts = new int[1 << 12];
        private int size;

        private static int[] filled(int length) {
            int[] table = new int[length];
            Arrays.fill(table, EMPTY);
            return table;
        }

        void add(int color) {
            int slot = slot(color);
            if (colors[slot] == EMPTY) {
                colors[slot] = color;
                size++;
                if (2 * size > colors.length) {
                    grow();
                    slot = slot(color);
                }
            }
            counts[slot]++;
        }

        /** @return the slot of {@code color}: where it is, or the empty slot where it would go */
        int slot(int color) {
            int mask = colors.length - 1;
            int slot = (color * 0x9E3779B1) >>> 8 & mask;
            while (colors[slot] != EMPTY && colors[slot] != color) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            int[] oldColors = colors;
            int[] oldCounts = counts;
            colors = filled(2 * oldColors.length);
            counts = new int[colors.length];
            for (int k = 0; k < oldColors.length; k++) {
                if (oldColors[k] != EMPTY) {
                    int slot = slot(oldColors[k]);
                    colors[slot] = oldColors[k];
                    counts[slot] = oldCounts[k];
                }
            }
        }

        /** @return the {@code most} most frequent colors, ties by color value, so the palette is reproducible */
        int[] mostFrequent(int most) {
            long[] keyed = new long[size];
            int n = 0;
            for (int k = 0; k < colors.length; k++) {
                if (colors[k] != EMPTY) {
                    // descending count first, then ascending color: sort ascending on (−count, color)
                    keyed[n++] = ((long) (Integer.MAX_VALUE - counts[k]) << 24) | colors[k];
                }
            }
            Arrays.sort(keyed);
            int[] palette = new int[Math.min(most, n)];
            for (int k = 0; k < palette.length; k++) {
                palette[k] = (int) (keyed[k] & 0xFFFFFF);
            }
            return palette;
        }

        /** @return for every slot of the table, the index of its color's nearest palette color (RGB distance) */
        byte[] nearest(int[] palette) {
            byte[] index = new byte[colors.length];
            for (int k = 0; k < colors.length; k++) {
                if (colors[k] != EMPTY) {
                    index[k] = (byte) nearestIndex(palette, colors[k]);
                }
            }
            return index;
        }

        private static int nearestIndex(int[] palette, int color) {
            int best = 0;
            long bestDistance = Long.MAX_VALUE;
            for (int k = 0; k < palette.length; k++) {
                int dr = (palette[k] >>> 16 & 0xFF) - (color >>> 16 & 0xFF);
                int dg = (palette[k] >>> 8 & 0xFF) - (color >>> 8 & 0xFF);
                int db = (palette[k] & 0xFF) - (color & 0xFF);
                long distance = (long) dr * dr + (long) dg * dg + (long) db * db;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = k;
                }
            }
            return best;
        }
    }
}
