package org.splinelens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Malformed inputs made from valid ones by edits that can never give a valid file back: truncation before the end, a
 * repeated key, trailing content, a number replaced by something that is not a finite decimal number, a key dropped or
 * misnamed, arrays of mismatched lengths, a NUL byte, binary noise.
 */
final class FuzzInputs {
    static final String SHALLOW = "{\"type\":\"shallow\",\"w\":[1.0,-2.0,0.5],\"b\":[0.5,1.0,-1.0],"
            + "\"v\":[1.0,0.5,-1.5],\"b0\":0.25}";
    static final String DEEP = "{\"type\":\"deep\",\"layers\":[{\"weights\":[[1.0],[-1.0]],\"biases\":[0.0,0.5]},"
            + "{\"weights\":[[1.0,-2.0]],\"biases\":[0.3]}]}";
    static final String DATA = "x,y\n-1.5,0.2\n-0.75,1.1\n0,0.4\n0.6,-0.3\n1.2,0.9\n1.8,0.1\n";
    static final String RUN = "experiment: loneliness\nscale: quick\nseed: 3\nconfig:\n  trials: 2\n  dataPoints: 6\n";

    /** Tokens that are not a finite decimal number, each put where a number must be. */
    static final List<String> NOT_NUMBERS = List.of("abc", "0x1p3", "1.5d", "2f", "NaN", "nan", "inf", "Infinity",
            "-Infinity", "1e999", "--1", "1..2", "1e", "", "0x10", "1_000", "١", "1,5");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FuzzInputs() {
    }

    /** @return malformed network JSON documents made from {@code valid} */
    static List<String> networks(String valid) {
        List<String> bad = new ArrayList<>();
        for (int end = 0; end < valid.length() - 1; end += 3) {
            bad.add(valid.substring(0, end));
        }
        String body = valid.substring(0, valid.length() - 1);
        bad.add(body + ",\"type\":\"shallow\"}");
        bad.add(body + ",\"b0\":1.0}");
        for (String trailing : List.of(" x", "{}", "]", "}", "\u0000", valid, ",")) {
            bad.add(valid + trailing);
        }
        List<int[]> numbers = spans(valid, NUMBER);
        for (int k = 0; k < numbers.size(); k++) {
            int[] span = numbers.get(k);
            for (String token : List.of("\"abc\"", "0x1p3", "1.5d", "NaN", "Infinity", "1e999", "--1", "null", "true",
                    "[]", "{}", "\"\"")) {
                if ((k + token.length()) % 3 == 0) { // a third of the (position, token) pairs keeps the list short
                    bad.add(valid.substring(0, span[0]) + token + valid.substring(span[1]));
                }
            }
        }
        bad.add(valid.replace("\"shallow\"", "\"wide\"").replace("\"deep\"", "\"wide\""));
        bad.add(valid.replace("\"type\"", "\"kind\""));
        bad.add(valid.replace("\"v\"", "\"u\"").replace("\"biases\"", "\"bias\""));
        bad.add(valid.replace(",-1.5]", "]").replace(",0.5]},", "]},"));
        bad.add(valid.replace("[", "[[").replace("]", "]]"));
        bad.add("");
        bad.add("[]");
        bad.add("null");
        bad.add("\u0000\u0001\u00ff\ufffd garbage");
        return bad;
    }

    /** @return malformed data CSV files made from {@code valid} (a header {@code x,y} and six rows) */
    static List<String> datasets(String valid) {
        List<String> bad = new ArrayList<>();
        String[] lines = valid.split("\n");
        for (int row = 1; row < lines.length; row++) {
            for (int column = 0; column < 2; column++) {
                for (String token : NOT_NUMBERS) {
                    if ((row + column + token.length()) % 4 == 0) {
                        String[] fields = lines[row].split(",");
                        fields[column] = token;
                        bad.add(replaceLine(lines, row, String.join(",", fields)));
                    }
                }
            }
            bad.add(replaceLine(lines, row, lines[row].split(",")[0]));
            bad.add(replaceLine(lines, row, lines[row] + ",7"));
            bad.add(replaceLine(lines, row, lines[row].replace(",", "\u0000,")));
        }
        bad.add(replaceLine(lines, 0, "z,y"));
        bad.add(replaceLine(lines, 0, "x,x"));
        bad.add(replaceLine(lines, 0, "1,2"));
        bad.add("x,y\n");
        bad.add("");
        bad.add("x,y\n" + "9".repeat(200_000) + ",1\n2,3\n");
        bad.add("\u0000\u0001\u00ff\ufffd,garbage\n");
        return bad;
    }

    /** @return malformed experiment run files made from {@code valid} */
    static List<String> runFiles(String valid) {
        List<String> bad = new ArrayList<>();
        bad.add(valid + "  trials: 3\n");
        bad.add(valid + "experiment: loneliness\n");
        bad.add(valid + "---\n" + valid);
        for (String value : List.of("1.5", "many", "[1]", "{a: 1}", "-1", "0", "1e400", "2147483648", "null", "''")) {
            bad.add(valid.replace("trials: 2", "trials: " + value));
        }
        for (String value : List.of("1.5", "x", "2000000000", "-6", "[6]")) {
            bad.add(valid.replace("dataPoints: 6", "dataPoints: " + value));
        }
        bad.add(valid.replace("loneliness", "lonelyness"));
        bad.add(valid.replace("dataPoints", "dataPointz"));
        bad.add(valid.replace("config:", "confg:"));
        bad.add(valid.replace("quick", "huge"));
        bad.add(valid.replace("seed: 3", "seed: x"));
        bad.add(valid.replace("seed: 3", "seed: 1.5"));
        bad.add(valid.replace("  trials", "\ttrials"));
        bad.add(valid + "  inits: [he-normal\n");
        bad.add(valid + "  inits: [nope]\n");
        bad.add(": :\n");
        bad.add("");
        bad.add("\u0000\u0001\u00ff garbage");
        return bad;
    }

    private static String replaceLine(String[] lines, int index, String line) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            text.append(k == index ? line : lines[k]).append('\n');
        }
        return text.toString();
    }

    private static List<int[]> spans(String text, Pattern pattern) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        return spans;
    }
}
