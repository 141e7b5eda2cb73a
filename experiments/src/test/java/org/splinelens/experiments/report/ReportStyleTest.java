package org.splinelens.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportStyleTest {

    @Test
    void aPageStartsWithItsEscapedTitleAndTheOneStylesheet() {
        String head = ReportStyle.head("a <b> & \"c\"");
        assertThat(head).startsWith("<!DOCTYPE html>\n").endsWith("<body>\n")
                .contains("<title>a &lt;b&gt; &amp; &quot;c&quot;</title>")
                .contains("<style>" + ReportStyle.CSS + "</style>");
        assertThat(ReportStyle.CSS).contains(".holds{").contains(".fails{").contains("table{");
    }
}
