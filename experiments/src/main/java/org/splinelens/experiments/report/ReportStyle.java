package org.splinelens.experiments.report;

/**
 * The look of every splinelens HTML page (a run's {@code report.html}, a training movie's page, the reproduce
 * index): one stylesheet, inlined into each page so that a page stays a single self-contained file beside the run's
 * files.
 */
public final class ReportStyle {
    /**
     * The stylesheet: a readable column, ruled tables, the verdicts' classes {@code holds} (green) and
     * {@code fails} (red), {@code indicative} (amber) for verdicts below paper scale, and {@code missing} (italic) for
     * a paper table whose numbers our copy lacks.
     */
    public static final String CSS = "body{font-family:sans-serif;max-width:60em;margin:2em auto}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}"
            + ".holds{color:#070}.fails{color:#a00}.indicative{color:#a60}.missing{font-style:italic}"
            + ".agrees{color:#070}.differs{color:#a00}";

    private ReportStyle() {
    }

    /** @return a page's start, from the doctype to the opening {@code <body>}, titled {@code title} (escaped) */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + HtmlReport.escape(title)
                + "</title>\n<style>" + CSS + "</style></head><body>\n";
    }
}
