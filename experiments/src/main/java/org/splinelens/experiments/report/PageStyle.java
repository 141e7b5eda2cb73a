package org.splinelens.experiments.report;

/**
 * The look of every splinelens page (a run's {@code report.html}, the reproduce and sweep indexes, a training movie's
 * page): one small stylesheet inlined into each page, so a page stays one self-contained file beside the run's files.
 * A readable column (at most 72em wide, prose lines shorter still), figures in a grid that shrinks them to fit, and
 * wide tables that scroll inside their own box ({@code div.scroll}) instead of widening the page.
 */
public final class PageStyle {
    /**
     * The stylesheet. Classes: {@code holds} (green), {@code fails} (red), {@code undetermined} (grey) on a verdict;
     * {@code indicative} (amber) for verdicts below paper scale; {@code agrees}/{@code differs} on a paper-table cell;
     * {@code missing} (italic) for a paper table whose numbers our copy lacks; {@code num} for a right-aligned number;
     * {@code scroll} around a table; {@code figures} around figures; {@code cards} and {@code card} for
     * the index's runs, {@code thumb} for a run's figure there; {@code evidence} and {@code reason} for the
     * smaller text that backs a verdict or a cell, {@code notes} for a paper table's long reasons.
     */
    public static final String CSS = "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',"
            + "Arial,sans-serif;color:#1d1d1f;max-width:72em;margin:0 auto;padding:1.2em 1.5em 3em}"
            + "h1{font-size:1.8em;line-height:1.2;margin:.4em 0 .2em}"
            + "h2{font-size:1.3em;margin:1.8em 0 .5em;padding-bottom:.2em;border-bottom:1px solid #ddd}"
            + "h3{font-size:1.1em;margin:1.4em 0 .4em}p,li{max-width:52em}a{color:#0b57d0}"
            + ".lead{font-size:1.1em;color:#333}.meta{color:#555;font-size:.9em}"
            + "ul.claims{padding-left:1.2em}ul.claims li{margin:.35em 0}"
            + ".evidence{color:#555;font-size:.9em}"
            + ".reason{display:block;color:#555;font-size:.85em;white-space:normal;max-width:16em}"
            + ".holds>b,.holds.badge{color:#06702a}.fails>b,.fails.badge{color:#b3261e}"
            + ".undetermined>b,.undetermined.badge{color:#6b6b6b}"
            + ".indicative{color:#9a5b00}.missing{font-style:italic}.agrees{color:#06702a}.differs{color:#b3261e}"
            + ".badge{font-weight:600;white-space:nowrap}"
            + ".scroll{overflow-x:auto;max-width:100%;margin:.6em 0 1em}"
            + "table{border-collapse:collapse;font-size:.9em;font-variant-numeric:tabular-nums}"
            + "caption{caption-side:top;text-align:left;color:#555;font-size:.9em;padding:.2em 0}"
            + "td,th{border:1px solid #d8d8d8;padding:.25em .55em;vertical-align:top;text-align:left}"
            + "th{background:#f3f4f6;font-weight:600}tbody tr:nth-child(even) td{background:#fafafa}"
            + "table.paper td{white-space:nowrap}table.paper td:first-child{font-weight:600;background:#f8f8f9}"
            + "ol.notes{font-size:.88em;color:#333}ol.notes li{margin:.25em 0}"
            + ".num{text-align:right;white-space:nowrap}table.summary td,table.summary th{white-space:nowrap}"
            + ".figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(26em,1fr));gap:1.2em;margin:1em 0}"
            + "figure{margin:0}figure img{display:block;max-width:100%;height:auto;border:1px solid #e5e5e5}"
            + ".figures figure img{width:100%}"
            + "figcaption{font-size:.9em;color:#444;margin-top:.3em}"
            + "img{max-width:100%;height:auto}"
            + ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(21em,1fr));gap:1.2em;margin:1em 0}"
            + ".card{border:1px solid #e2e2e2;border-radius:6px;padding:.8em}.card h3{margin:.5em 0 .2em}"
            + ".card p{margin:.3em 0;font-size:.92em}img.thumb{display:block;width:100%;height:auto}"
            + "pre{overflow-x:auto;background:#f6f7f8;padding:.7em 1em;font-size:.85em;border-radius:4px}"
            + "code{font-size:.9em}details{margin:1em 0}summary{cursor:pointer;font-weight:600}";

    private PageStyle() {
    }

    /** @return a page's start, from the doctype to the opening {@code <body>}, titled {@code title} (escaped) */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>"
                + HtmlReport.escape(title) + "</title>\n<style>" + CSS + "</style></head><body>\n";
    }

    /** @return {@code table} (a whole {@code <table>} element) in a box that scrolls sideways when it is wider */
    public static String scroll(String table) {
        return "<div class=\"scroll\">" + table + "</div>\n";
    }
}
