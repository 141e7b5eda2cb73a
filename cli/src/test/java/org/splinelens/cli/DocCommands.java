package org.splinelens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ./splinelens} commands of one Markdown file, in order, as the docs-that-run test reads them.
 *
 * <p>Rules (also stated in docs/CLI.md): a command is a line of a fenced code block, untagged or tagged {@code sh},
 * {@code bash}, {@code shell} or {@code console}, that starts with {@code ./splinelens}; a trailing {@code \} joins
 * the next line. A block tagged {@code long} (e.g. {@code ```sh long}), or preceded by a {@code <!-- long -->} line,
 * is not run (paper-scale work). A comment {@code # exit N} after a command is its documented exit code (0 when
 * absent). The lines right after a command in its block that are neither blank nor comments, or a block tagged
 * {@code output} that follows the command's block, are its documented output: the first lines of what it prints (on
 * stdout, or on stderr when stdout is empty). A line {@code …} stands for any number of lines, and a line ending in
 * {@code …} for any line that begins with the rest.
 */
record DocCommands(String file, List<Command> commands) {
    private static final Pattern EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)");
    private static final List<String> SHELL_TAGS = List.of("", "sh", "bash", "shell", "console");
    static final String PROMPT = "./splinelens";
    static final String MORE = "…";

    /**
     * One documented command.
     *
     * @param line the 1-based line of the file where it starts
     * @param text the command as written, without its comment
     * @param exit the documented exit code
     * @param output the documented first lines of its output (empty: not shown)
     */
    record Command(int line, String text, int exit, List<String> output) {
    }

    static DocCommands parse(String file, List<String> lines) {
        List<Command> commands = new ArrayList<>();
        boolean longMarked = false;
        int i = 0;
        while (i < lines.size()) {
            String stripped = lines.get(i).strip();
            if (stripped.equals("<!-- long -->")) {
                longMarked = true;
                i++;
                continue;
            }
            if (!stripped.startsWith("```")) {
                if (!stripped.isEmpty()) {
                    longMarked = false; // the marker belongs to the block right after it
                }
                i++;
                continue;
            }
            List<String> words = List.of(stripped.substring(3).strip().split("\\s+"));
            String tag = words.get(0);
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            List<String> body = lines.subList(i + 1, Math.min(end, lines.size()));
            if (tag.equals("output")) {
                attachOutput(commands, body);
            } else if (SHELL_TAGS.contains(tag) && !words.contains("long") && !longMarked) {
                commands.addAll(block(body, i + 2));
            }
            longMarked = false;
            i = end + 1;
        }
        return new DocCommands(file, List.copyOf(commands));
    }

    private static void attachOutput(List<Command> commands, List<String> body) {
        if (commands.isEmpty()) {
            return;
        }
        Command last = commands.get(commands.size() - 1);
        List<String> output = new ArrayList<>(last.output());
        output.addAll(body);
        commands.set(commands.size() - 1, new Command(last.line(), last.text(), last.exit(), List.copyOf(output)));
    }

    private static List<Command> block(List<String> body, int firstLine) {
        List<Command> commands = new ArrayList<>();
        Command current = null;
        for (int k = 0; k < body.size(); k++) {
            String stripped = body.get(k).strip();
            int line = firstLine + k;
            if (stripped.startsWith(PROMPT + " ") || stripped.equals(PROMPT)) {
                StringBuilder text = new StringBuilder();
                StringBuilder comment = new StringBuilder();
                String[] split = splitComment(stripped);
                while (split[0].endsWith("\\") && k + 1 < body.size()) { // a continued command
                    text.append(split[0], 0, split[0].length() - 1).append(' ');
                    comment.append(split[1]);
                    split = splitComment(body.get(++k).strip());
                }
                text.append(split[0]);
                comment.append(split[1]);
                current = flush(commands, current);
                Matcher exit = EXIT.matcher(comment);
                current = new Command(line, text.toString().strip().replaceAll("\\s+", " "),
                        exit.find() ? Integer.parseInt(exit.group(1)) : 0, new ArrayList<>());
            } else if (stripped.isEmpty() || stripped.startsWith("#")) {
                current = flush(commands, current);
            } else if (current != null) {
                current.output().add(body.get(k).stripTrailing());
            }
        }
        flush(commands, current);
        return commands;
    }

    private static Command flush(List<Command> commands, Command current) {
        if (current != null) {
            commands.add(new Command(current.line(), current.text(), current.exit(), List.copyOf(current.output())));
        }
        return null;
    }

    /** @return the line before its shell comment ({@code #} after a space, outside quotes) and the comment */
    private static String[] splitComment(String line) {
        char quote = 0;
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '#' && c > 0 && Character.isWhitespace(line.charAt(c - 1))) {
                return new String[] {line.substring(0, c).strip(), line.substring(c)};
            }
        }
        return new String[] {line.strip(), ""};
    }

    /** @return the words of a command after {@code ./splinelens}, split as a shell would (quotes, no expansion) */
    static List<String> arguments(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    word.append(ch);
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(ch)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(ch);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words.subList(1, words.size());
    }
}
