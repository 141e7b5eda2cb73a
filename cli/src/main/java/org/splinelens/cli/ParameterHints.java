package org.splinelens.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.splinelens.core.io.Excerpt;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line a command line picocli cannot parse gets: an unknown option or command with the nearest known name
 * ({@code unknown option '--widht'; did you mean --width?}), the values a comma list option was given apart
 * ({@code --widths takes a comma list: --widths 16,16}), and otherwise picocli's own message.
 */
final class ParameterHints {
    /** Names farther than this many edits from every known one get no suggestion, which would be a guess. */
    static final int MAX_EDITS = 2;

    private ParameterHints() {
    }

    /** @param args the whole command line as given (without {@code --debug}) */
    static String message(ParameterException ex, String[] args) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            CommandLine cli = ex.getCommandLine();
            String split = splitValues(cli.getCommandSpec(), args, unmatched.getUnmatched());
            if (split != null) {
                return split;
            }
            String first = unmatched.getUnmatched().get(0);
            if (!cli.getSubcommands().isEmpty() && cli.getCommandSpec().positionalParameters().isEmpty()
                    && !first.startsWith("-")) {
                return "unknown command " + Excerpt.of(first) + suggestion(first,
                        new TreeSet<>(cli.getSubcommands().keySet()), "splinelens --help lists the commands");
            }
            for (String token : unmatched.getUnmatched()) {
                if (token.startsWith("-") && token.length() > 1 && !isNumber(token)) {
                    String name = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
                    return "unknown option " + Excerpt.of(name) + suggestion(name, optionNames(cli.getCommandSpec()),
                            cli.getCommandSpec().qualifiedName() + " --help lists the options");
                }
            }
        }
        return SplinelensCommand.oneLine(ex.getMessage());
    }

    /**
     * {@code --widths 16 16}: the values after a comma list option's value that nothing took, as the one comma list
     * the user meant; null when the unmatched arguments are not such values.
     */
    private static String splitValues(CommandSpec spec, String[] args, List<String> unmatched) {
        for (int i = 0; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            OptionSpec option = spec.findOption(eq > 0 ? args[i].substring(0, eq) : args[i]);
            if (option == null || option.splitRegex().isEmpty() || eq < 0 && i + 1 == args.length) {
                continue;
            }
            int next = eq > 0 ? i + 1 : i + 2;
            List<String> values = new ArrayList<>(List.of(eq > 0 ? args[i].substring(eq + 1) : args[i + 1]));
            for (int j = next; j < args.length && unmatched.contains(args[j])
                    && (!args[j].startsWith("-") || isNumber(args[j])); j++) {
                values.add(args[j]);
            }
            if (values.size() > 1) {
                String name = option.longestName();
                return name + " takes a comma list: " + name + " " + Excerpt.cut(String.join(",", values));
            }
        }
        return null;
    }

    private static boolean isNumber(String token) {
        return token.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    private static Set<String> optionNames(CommandSpec spec) {
        Set<String> names = new TreeSet<>();
        spec.options().forEach(option -> names.addAll(Arrays.asList(option.names())));
        return names;
    }

    /** @return {@code "; did you mean --width?"} for the known names nearest {@code name}, or the fallback */
    static String suggestion(String name, Set<String> known, String fallback) {
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String candidate : known) {
            int d = edits(name, candidate);
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best) {
                nearest.add(candidate);
            }
        }
        String core = name.replaceFirst("^-+", "");
        if (nearest.isEmpty() || best > MAX_EDITS || 2 * best >= core.length()) {
            return " (" + fallback + ")";
        }
        return "; did you mean " + String.join(" or ", nearest.subList(0, Math.min(3, nearest.size()))) + "?";
    }

    /**
     * @return the optimal string alignment distance: insertions, deletions, substitutions and transpositions of two
     *         neighbouring characters ({@code widht} to {@code width} is one edit), each counted once
     */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
