package org.splinelens.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.InvalidInputException;

/**
 * Data files: CSV with the header {@code x,y} and one point per line. Blank lines are skipped. Values are written with
 * {@link Double#toString(double)}, which round-trips every double exactly.
 */
public final class DatasetCsv {
    private DatasetCsv() {
    }

    /** Reads a data file; any problem is an {@link InvalidInputException} naming the file and line. */
    public static Dataset read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size() || !lines.get(first).replace(" ", "").equalsIgnoreCase("x,y")) {
            throw new InvalidInputException(file + ": line " + (first + 1) + ": expected the header 'x,y'");
        }
        double[] x = new double[lines.size()];
        double[] y = new double[lines.size()];
        int n = 0;
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(",", -1);
            if (parts.length != 2) {
                throw new InvalidInputException(file + ": line " + (i + 1) + ": expected two values 'x,y', got '"
                        + line + "'");
            }
            x[n] = parse(parts[0], file, i, "x");
            y[n] = parse(parts[1], file, i, "y");
            n++;
        }
        if (n == 0) {
            throw new InvalidInputException(file + ": no data points after the header");
        }
        return new Dataset(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n));
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
