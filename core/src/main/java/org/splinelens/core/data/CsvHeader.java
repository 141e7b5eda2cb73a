package org.splinelens.core.data;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;

/**
 * The column names of a data file's header line, trimmed, in file order. Names are matched without regard to case (the
 * old {@code X,Y} headers keep working), so two names that differ only in case are the same name. Blank names are
 * allowed, never chosen and never duplicates: spreadsheets and data-frame libraries write them for an index column or
 * a trailing comma.
 *
 * @param file  the data file, for messages
 * @param line  the header's 1-based line number, for messages
 * @param names the column names, trimmed
 */
record CsvHeader(Path file, int line, List<String> names) {
    CsvHeader {
        names = List.copyOf(names);
    }

    /** Splits a header line at every comma; a name given twice is an {@link InvalidInputException}. */
    static CsvHeader parse(String text, Path file, int line) {
        List<String> names = List.of(text.split(",", -1)).stream().map(String::trim).toList();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).isEmpty()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(key(names.get(c)), c);
            if (earlier != null) {
                throw new InvalidInputException(file + ": line " + line + ": the header names the column "
                        + Excerpt.of(names.get(c)) + " twice (columns " + (earlier + 1) + " and " + (c + 1)
                        + "); rename one");
            }
        }
        return new CsvHeader(file, line, names);
    }

    int size() {
        return names.size();
    }

    /** @return the 0-based index of the column named {@code column}, failing in one line that lists the columns */
    int indexOf(String column) {
        String wanted = key(column);
        for (int c = 0; c < names.size(); c++) {
            if (key(names.get(c)).equals(wanted)) {
                return c;
            }
        }
        // a quoted header reads as names with their quotes, which would otherwise look like a mismatch for no reason
        String quotes = names.stream().anyMatch(n -> n.indexOf('"') >= 0) ? "; quoted fields are not supported" : "";
        throw new InvalidInputException(file + ": line " + line + ": no column " + Excerpt.of(column.trim())
                + " in the header; its columns are " + listed() + quotes);
    }

    /** @return the names quoted, as many as fit in about {@link Excerpt#LIMIT} characters, then how many there are */
    private String listed() {
        StringBuilder listed = new StringBuilder();
        for (int c = 0; c < names.size(); c++) {
            if (c > 0 && listed.length() + names.get(c).length() > Excerpt.LIMIT) {
                return listed.append(", \u2026 (").append(names.size()).append(" columns)").toString();
            }
            listed.append(c == 0 ? "" : ", ").append(Excerpt.of(names.get(c)));
        }
        return listed.toString();
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
