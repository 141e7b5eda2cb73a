package org.splinelens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * {@code --grid KEY=V1,V2,…}, repeatable: a swept config key and its values, each read as YAML as strictly as
 * {@link YamlInput} reads it, so {@code width=21,100}, {@code lr=1e-5,5e-5} and
 * {@code inits=[he-normal],[uniform-breakpoints]} (flow lists; commas inside brackets, braces or quotes do not split)
 * arrive as numbers and lists.
 */
public final class GridOption {
    @Option(names = "--grid", paramLabel = "KEY=V1,V2,…",
            description = "a swept config key and its values, read as YAML (e.g. width=21,100 or inits=[a],[b]);"
                    + " repeatable")
    List<String> raw = new ArrayList<>();

    /** @return the swept keys in the order given, each with its values */
    public Map<String, List<Object>> values() {
        Map<String, List<Object>> grid = new LinkedHashMap<>();
        for (String entry : raw) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("--grid " + Excerpt.of(entry) + ": expected KEY=V1,V2,…");
            }
            String key = entry.substring(0, eq).strip();
            if (grid.containsKey(key)) {
                throw new InvalidInputException("--grid " + Excerpt.cut(key) + ": the key is swept twice; give its"
                        + " values once");
            }
            List<Object> values = new ArrayList<>();
            for (String value : split(entry.substring(eq + 1))) {
                values.add(YamlInput.value(value.isBlank() ? "''" : value, "--grid " + Excerpt.cut(key)));
            }
            grid.put(key, values);
        }
        return grid;
    }

    /**
     * {@code --grid width=[21,100]} sweeps one value, the list {@code [21, 100]}: YAML's brackets make a list, which a
     * key of numbers refuses. A refusal naming a key whose values were one bracketed list gets the form that sweeps
     * the list's entries ({@code width=21,100}).
     *
     * @return {@code refusal} with that hint, or itself
     */
    InvalidInputException hinted(InvalidInputException refusal) {
        String message = String.valueOf(refusal.getMessage());
        for (String entry : raw) {
            int eq = entry.indexOf('=');
            String value = eq <= 0 ? "" : entry.substring(eq + 1).strip();
            if (eq > 0 && value.length() > 2 && value.startsWith("[") && value.endsWith("]")
                    && split(value).size() == 1 && message.contains("'" + entry.substring(0, eq).strip() + "'")) {
                String key = entry.substring(0, eq).strip();
                return new InvalidInputException(message + "; --grid " + Excerpt.cut(key + "=" + value) + " is one value,"
                        + " a list; to sweep its entries write --grid " + Excerpt.cut(key + "="
                        + value.substring(1, value.length() - 1)), refusal);
            }
        }
        return refusal;
    }

    /** @return {@code text} split at the commas outside brackets, braces and quotes */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        if (text.isBlank()) {
            return parts;
        }
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }
}
