package org.splinelens.core.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.BoundedInput;
import org.splinelens.core.io.Decimal;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;

/**
 * Data files: CSV whose first non-blank line is a header naming the columns, then one point per line. The header may
 * name more columns than the two read, in any order; only the chosen columns must hold finite numbers, so the others
 * may hold anything without a comma (labels, weights, an unnamed index column). Column names are trimmed and compared
 * without regard to case, so a header may not name the same column twice. Blank lines are skipped; a leading UTF-8
 * byte-order mark is ignored. Fields are split at every comma: quoted fields are not supported.
 *
 * <p>The chosen fields are read strictly, as {@link Decimal} describes: finite decimals such as {@code -1.5},
 * {@code .5} or {@code 1e-3}, with surrounding spaces and tabs ignored (column-aligned files have them); Java's own
 * spellings ({@code 0x1p3}, {@code 1.5d}, {@code 2f}, {@code NaN}, {@code Infinity}) and {@code nan} or {@code inf}
 * are refused, naming the file, line, column and header name. A NUL character anywhere is refused too: it means a
 * binary or UTF-16 file, which would otherwise read as numbers with invisible bytes around them. The file must be
 * UTF-8 (ASCII is). Every refusal quotes at most {@link Excerpt#LIMIT} characters of the file. Values are written with
 * {@link Double#toString(double)}, which round-trips every double exactly and is in the grammar above.
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
     *                               chosen field that is not a finite decimal, a NUL character, or no data rows
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
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + ": not UTF-8 text; save the data as UTF-8 (or ASCII) CSV", e);
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
        refuseNul(file, first, lines.get(first));
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
            refuseNul(file, i, line);
            String[] parts = line.split(",", -1);
            if (parts.length != width) {
                throw new InvalidInputException(file + ": line " + (i + 1) + ": expected " + width
                        + " comma-separated values like the header, got " + parts.length + ": " + Excerpt.of(line));
            }
            x[n] = Decimal.parse(parts[xIndex], where(file, i, xIndex, header));
            y[n] = Decimal.parse(parts[yIndex], where(file, i, yIndex, header));
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

    /** @return {@code "data.csv: line 3, column 2 (y)"}: 1-based, with the header's name of the column */
    private static String where(Path file, int line, int column, CsvHeader header) {
        return file + ": line " + (line + 1) + ", column " + (column + 1) + " (" + Excerpt.cut(header.names()
                .get(column)) + ")";
    }

    private static void refuseNul(Path file, int line, String text) {
        int at = text.indexOf('\0');
        if (at >= 0) {
            int column = 1 + (int) text.substring(0, at).chars().filter(c -> c == ',').count();
            throw new InvalidInputException(file + ": line " + (line + 1) + ", column " + column + ": a NUL"
                    + " character; a data file is UTF-8 text (is this a binary or UTF-16 file?)");
        }
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
