package org.splinelens.experiments.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The block above a chart: the title, wrapped at words to the image's width (measured with its font, which shrinks
 * from {@link FigureStyle#TITLE_POINTS} to {@link FigureStyle#MIN_TITLE_POINTS} before a title takes more lines),
 * then the notes, wrapped the same way.
 *
 * @param width      the image's width
 * @param titleFont  the title's font
 * @param titleLines the title's lines
 * @param noteLines  the notes' lines
 */
record Header(int width, Font titleFont, List<String> titleLines, List<String> noteLines) {
    /** How the text is measured (antialiased, fractional metrics: as XChart measures its own labels). */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final int TOP = 8;
    private static final int GAP = 4;

    Header {
        titleLines = List.copyOf(titleLines);
        noteLines = List.copyOf(noteLines);
    }

    /** @return the header of {@code title} and {@code notes} over an image {@code width} wide */
    static Header of(String title, List<String> notes, int width) {
        int available = width - 2 * FigureStyle.PAD;
        Font font = null;
        List<String> lines = null;
        // the largest size that needs the fewest lines: a title on one line reads better than a larger one on two
        for (int points = FigureStyle.TITLE_POINTS; points >= FigureStyle.MIN_TITLE_POINTS; points--) {
            Font candidate = FigureStyle.titleFont(points);
            List<String> wrapped = wrap(title, candidate, available);
            if (lines == null || wrapped.size() < lines.size()) {
                font = candidate;
                lines = wrapped;
            }
        }
        List<String> noteLines = new ArrayList<>();
        for (String note : notes) {
            noteLines.addAll(wrap(note, FigureStyle.NOTE_FONT, available));
        }
        return new Header(width, font, lines, noteLines);
    }

    /** @return the width of {@code text} in {@code font} */
    static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, MEASURE).getWidth();
    }

    /** @return {@code text}'s lines, each at most {@code available} wide, broken at spaces (a longer word by letters) */
    static List<String> wrap(String text, Font font, double available) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            String joined = line.length() == 0 ? word : line + " " + word;
            if (width(joined, font) <= available) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font) > available && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font) > available) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int lineHeight(Font font) {
        return (int) Math.ceil(font.getLineMetrics("Ag", MEASURE).getHeight());
    }

    /** @return the block's height in pixels */
    int height() {
        int h = TOP + titleLines.size() * lineHeight(titleFont);
        if (!noteLines.isEmpty()) {
            h += GAP + noteLines.size() * lineHeight(FigureStyle.NOTE_FONT);
        }
        return h + GAP;
    }

    /** Paints the block at the top of {@code g}, each line centred on the image. */
    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        float y = TOP;
        y = lines(g, titleLines, titleFont, Color.BLACK, y);
        lines(g, noteLines, FigureStyle.NOTE_FONT, FigureStyle.NOTE_COLOR, y + GAP);
    }

    private float lines(Graphics2D g, List<String> lines, Font font, Color color, float top) {
        g.setFont(font);
        g.setColor(color);
        float y = top;
        for (String line : lines) {
            float ascent = font.getLineMetrics(line.isEmpty() ? "A" : line, MEASURE).getAscent();
            g.drawString(line, (float) ((width - width(line, font)) / 2), y + ascent);
            y += lineHeight(font);
        }
        return y;
    }
}
