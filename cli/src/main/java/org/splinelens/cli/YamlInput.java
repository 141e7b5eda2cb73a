package org.splinelens.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.splinelens.core.io.Decimal;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;

/**
 * YAML the user wrote: run and sweep files, and the values of {@code --set} and {@code --grid}. Read strictly, because
 * each leniency of a YAML reader picks a meaning silently:
 * <ul>
 * <li>a key given twice in one map is refused (a lenient reader keeps the last and drops the other);</li>
 * <li>a second document ({@code ---}) is refused (a lenient reader runs the first and ignores the rest);</li>
 * <li>numbers are decimal, as {@link Decimal} reads them, and finite: YAML 1.1 reads {@code 010} as 8,
 * {@code 0x10} as 16, {@code 0b10} as 2 and {@code 1_000} as 1000, and {@code 1e400} overflows to infinity. A
 * value that is not a number at all ({@code .inf}, {@code 1.5d}) stays text, and the config record that expects a
 * number refuses it.</li>
 * </ul>
 * Whether a number is an integer or has a fraction is kept as written; the config binding refuses a fraction where an
 * integer is expected. Messages name the source, the key and, in files, the line and column, and quote at most
 * {@link Excerpt#LIMIT} characters.
 */
final class YamlInput {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlInput() {
    }

    /**
     * @param text   a whole file's text
     * @param source the file, for messages
     * @return the file's one document, {@code null} when it is empty
     */
    static JsonNode document(String text, String source) {
        JsonNode root = read(text, source, true);
        return root.isMissingNode() ? null : root;
    }

    /**
     * @param text   one value, as given on the command line ({@code 2}, {@code [1, 4]}, {@code he-normal})
     * @param source the option and key, for messages ({@code "--set trials"})
     * @return the value as Jackson binds YAML: a number, a flag, a string, a list or a map
     */
    static Object value(String text, String source) {
        JsonNode node = read(text.isEmpty() ? "''" : text, source, false);
        try {
            return YAML.treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a YAML tree is always a plain value", e);
        }
    }

    private static JsonNode read(String text, String source, boolean file) {
        try {
            check(text, source, file);
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            throw new InvalidInputException(source + ": malformed YAML" + (file && e.getLocation() != null ? " at "
                    + at(e.getLocation()) : "") + ": " + Excerpt.cut(first), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** Walks every token once: keys unique per map, numbers decimal and finite, one document. */
    private static void check(String text, String source, boolean file) throws IOException {
        try (JsonParser parser = YAML.createParser(text)) {
            Deque<Set<String>> maps = new ArrayDeque<>();
            Deque<String> path = new ArrayDeque<>();
            JsonToken token = parser.nextToken();
            if (token == null) {
                return;
            }
            do {
                switch (token) {
                    case START_OBJECT -> {
                        maps.push(new HashSet<>());
                        path.push("");
                    }
                    case START_ARRAY -> {
                        maps.push(Set.of());
                        path.push("");
                    }
                    case END_OBJECT, END_ARRAY -> {
                        maps.pop();
                        path.pop();
                    }
                    case FIELD_NAME -> {
                        String key = parser.currentName();
                        path.pop();
                        path.push(key);
                        if (!maps.peek().add(key)) {
                            throw new InvalidInputException(where(source, file, parser, path)
                                    + ": the key is given twice in one map; give it once");
                        }
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, source, file, path);
                    default -> {
                        // strings, flags and nulls are checked by whoever binds them
                    }
                }
                token = parser.nextToken();
            } while (!maps.isEmpty());
            if (token != null) {
                throw new InvalidInputException(source + ": a second YAML document" + (file ? " at "
                        + at(parser.currentTokenLocation()) : "") + "; " + (file ? "a file" : "a value")
                        + " holds one (remove the '---' and what follows, or merge it into the first)");
            }
        }
    }

    private static void number(JsonParser parser, String source, boolean file, Deque<String> path) throws IOException {
        String raw = parser.getText();
        boolean integer = parser.currentToken() == JsonToken.VALUE_NUMBER_INT;
        // an integer is digits alone, without the leading zero that YAML 1.1 reads as octal
        boolean decimal = integer ? raw.matches("[+-]?(0|[1-9][0-9]*)") : Decimal.isDecimal(raw);
        if (!decimal) {
            throw new InvalidInputException(where(source, file, parser, path) + ": " + Excerpt.of(raw) + " is not a"
                    + " decimal number (YAML reads it as " + parser.getNumberValue() + "); write numbers in decimal,"
                    + " like 8, -1.5 or 2e-3");
        }
        if (!integer && Double.isInfinite(parser.getDoubleValue())) {
            throw new InvalidInputException(where(source, file, parser, path) + ": " + Excerpt.of(raw)
                    + " is beyond the range of a double (about ±1.8e308)");
        }
    }

    /** @return {@code "run.yaml: line 4, column 10: key 'config.trials'"}, or {@code "--set trials"} for values */
    private static String where(String source, boolean file, JsonParser parser, Deque<String> path) {
        if (!file) {
            return source;
        }
        StringBuilder key = new StringBuilder();
        path.descendingIterator().forEachRemaining(name -> key.append(key.length() == 0 || name.isEmpty() ? "" : ".")
                .append(name));
        return source + ": " + at(parser.currentTokenLocation()) + (key.length() == 0 ? "" : ": key "
                + Excerpt.of(key));
    }

    private static String at(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
