package org.splinelens.core.data;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.BoundedInput;
import org.splinelens.core.io.InvalidInputException;

/**
 * Data files: CSV whose first non-blank line is a header naming the columns, then one point per line. The header may
 * name more columns than the two read, in any order; only the chosen columns must hold finite numbers, so the others
 * may hold anything without a comma (labels, weights, an unnamed index column). Column names are trimmed and compared
 * without regard to case, so a header may not name the same column twice. Blank lines are skipped; a leading UTF-8
 * byte-order mark is ignored. Fields are split at every comma: quoted fields are not supported. Values are written
 * with {@link Double#toString(double)}, which round-trips every double exactly.
 */
public final class DatasetCsv {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private DatasetCsv() {
    }

    /** Reads the columns {@code x} and {@code y} of a data file; see {@link #read(Path, String, String)}. */
    public static Dataset read(Path file) {
        return read(file, "x", "y");
    }

    /**
     * Reads a data file, taking the inputs from the column named {@code xColumn} and the targets from the column
     * named {@code yColumn}.
     *
     * @throws InvalidInputException in one line naming the file (and the line, or the missing column with the
     *                               header's columns) when the file is unreadable, has no header, names a column twice,
     *                               lacks a chosen column, has a row with another number of fields than the header, a
     *                               chosen field that is not a finite number, or no data rows
     * @throws IllegalArgumentException when a column name is blank
     */
    public static Dataset read(Path file, String xColumn, String yColumn) {
        if (xColumn == null || xColumn.isBlank() || yColumn == null || yColumn.isBlank()) {
            throw new IllegalArgumentException("column names must not be blank, got '" + xColumn + "' and '"
                    + yColumn + "'");
        }
        List<String> lines;
        try {
            lines = BoundedInput.readAllLines(file); // at most what the heap can hold: /dev/zero never ends
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        int first = 0;
        while (first < lines.size() && stripByteOrderMark(lines.get(first)).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw new InvalidInputException(file + ": line " + (first + 1) + ": expected a header naming the columns,"
                    + " e.g. '" + xColumn + "," + yColumn + "'");
        }
        CsvHeader header = CsvHeader.parse(stripByteOrderMark(lines.get(first)), file, first + 1);
        int xIndex = header.indexOf(xColumn);
        int yIndex = header.indexOf(yColumn);
        int width = header.size();
        double[] x = new double[lines.size()];
        double[] y = new double[lines.size()];
        int n = 0;
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(",", -1);
            if (parts.length != width) {
                throw new InvalidInputException(file + ": line " + (i + 1) + ": expected " + width
                        + " comma-separated values like the header, got " + parts.length + ": '" + line + "'");
            }
            x[n] = parse(parts[xIndex], file, i, xColumn);
            y[n] = parse(parts[yIndex], file, i, yColumn);
            n++;
        }
        if (n == 0) {
            throw new InvalidInputException(file + ": no data points after the header");
        }
        return new Dataset(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    private static String stripByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    private static double parse(String text, Path file, int line, String column) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file + ": line " + (line + 1) + ": " + column + " is not a number: '"
                    + text.trim() + "'");
        }
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(file + ": line " + (line + 1) + ": " + column + " is not finite: '"
                    + text.trim() + "'");
        }
        return value;
    }

    /** @return the CSV text of a dataset */
    public static String toCsv(Dataset data) {
        StringBuilder out = new StringBuilder("x,y\n");
        for (int n = 0; n < data.size(); n++) {
            out.append(data.x(n)).append(',').append(data.y(n)).append('\n');
        }
        return out.toString();
    }

    /** Writes a data file atomically. */
    public static void write(Path file, Dataset data) throws IOException {
        AtomicFiles.writeString(file, toCsv(data));
    }
}
