package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.core.io.InvalidInputException;

/** YAML the user wrote has one meaning or is refused: no key twice, one document, numbers in decimal. */
class YamlInputTest {
    @Test
    void aKeyGivenTwiceIsRefusedWithItsLineColumnAndPath() {
        assertThatThrownBy(() -> YamlInput.document("experiment: loneliness\nconfig:\n  trials: 1\n  trials: 2\n",
                "run.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessage("run.yaml: line 4, column 3: key 'config.trials': the key is given twice in one map; give"
                        + " it once");
        assertThatThrownBy(() -> YamlInput.document("a: 1\nb: 2\na: 3\n", "top.yaml"))
                .hasMessage("top.yaml: line 3, column 1: key 'a': the key is given twice in one map; give it once");
        // maps inside lists are checked too; the same key in two different maps is no repeat
        assertThat(YamlInput.document("l:\n  - {a: 1}\n  - {a: 2}\n", "ok.yaml").get("l").size()).isEqualTo(2);
        assertThatThrownBy(() -> YamlInput.document("l:\n  - {a: 1, a: 2}\n", "list.yaml"))
                .hasMessageStartingWith("list.yaml: line 2, column ").hasMessageContaining("key 'l.a'");
        assertThatThrownBy(() -> YamlInput.value("{w: 1, w: 2}", "--set x")).hasMessage("--set x: the key is given"
                + " twice in one map; give it once");
    }

    @Test
    void aSecondDocumentIsRefusedButDocumentMarkersAroundOneAreFine() {
        assertThatThrownBy(() -> YamlInput.document("experiment: loneliness\nscale: quick\n---\nexperiment: x\n",
                "multi.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessage("multi.yaml: a second YAML document at line 4, column 1; a file holds one (remove the"
                        + " '---' and what follows, or merge it into the first)");
        // even an empty second document: '---' at the end starts one
        assertThatThrownBy(() -> YamlInput.document("a: 1\n---\n", "empty.yaml"))
                .hasMessageStartingWith("empty.yaml: a second YAML document");
        assertThatThrownBy(() -> YamlInput.value("1\n---\n2", "--set x")).hasMessageStartingWith("--set x: a second"
                + " YAML document; a value holds one");
        assertThat(YamlInput.document("---\na: 1\n", "start.yaml").get("a").asInt()).isEqualTo(1);
        assertThat(YamlInput.document("a: 1\n...\n", "end.yaml").get("a").asInt()).isEqualTo(1);
        assertThat(YamlInput.document("", "blank.yaml")).isNull();
        assertThat(YamlInput.document("# only a comment\n", "comment.yaml")).isNull();
    }

    @Test
    void numbersMustBeDecimalBecauseYamlOneOneReadsOthersDifferently() {
        String[][] cases = {{"010", "8"}, {"0x10", "16"}, {"0b10", "2"}, {"1_000", "1000"}, {"00", "0"}};
        for (String[] c : cases) {
            assertThatThrownBy(() -> YamlInput.document("config:\n  trials: " + c[0] + "\n", "n.yaml")).as(c[0])
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("n.yaml: line 2, column 11: key 'config.trials': '" + c[0] + "' is not a decimal"
                            + " number (YAML reads it as " + c[1] + "); write numbers in decimal, like 8, -1.5 or"
                            + " 2e-3");
            assertThatThrownBy(() -> YamlInput.value(c[0], "--set trials")).as(c[0])
                    .hasMessageStartingWith("--set trials: '" + c[0] + "' is not a decimal number");
        }
        assertThatThrownBy(() -> YamlInput.value("[1, 1e400]", "--grid lr")).hasMessage("--grid lr: '1e400' is"
                + " beyond the range of a double (about ±1.8e308)");
        assertThatThrownBy(() -> YamlInput.value("1_000.5", "--set lr")).hasMessageContaining("'1_000.5' is not a"
                + " decimal number");
    }

    @Test
    void decimalNumbersKeepTheirKindAndQuotedNumbersStayText() {
        assertThat(YamlInput.value("7", "v")).isEqualTo(7);
        assertThat(YamlInput.value("+7", "v")).isEqualTo(7);
        assertThat(YamlInput.value("-0", "v")).isEqualTo(0);
        assertThat(YamlInput.value("1.7", "v")).isEqualTo(1.7);
        assertThat(YamlInput.value("2.0", "v")).isEqualTo(2.0);
        assertThat(YamlInput.value("1e-3", "v")).isEqualTo(0.001);
        assertThat(YamlInput.value(".5", "v")).isEqualTo(0.5);
        assertThat(YamlInput.value("'010'", "v")).isEqualTo("010");
        assertThat(YamlInput.value("he-normal", "v")).isEqualTo("he-normal");
        assertThat(YamlInput.value("", "v")).isEqualTo("");
        assertThat(YamlInput.value("[1, 4]", "v")).isEqualTo(List.of(1, 4));
        assertThat(YamlInput.value("{a: 1}", "v")).isEqualTo(Map.of("a", 1));
        assertThat(YamlInput.value("true", "v")).isEqualTo(true);
    }

    @Test
    void messagesQuoteAtMostAHundredCharacters() {
        String key = "k".repeat(1000);
        assertThatThrownBy(() -> YamlInput.document(key + ": 1\n" + key + ": 2\n", "long.yaml"))
                .hasMessage("long.yaml: line 2, column 1: key '" + "k".repeat(100) + "\u2026' (1,000 characters): the"
                        + " key is given twice in one map; give it once");
        assertThatThrownBy(() -> YamlInput.document("a: [" + "x".repeat(100_000), "broken.yaml"))
                .hasMessageStartingWith("broken.yaml: malformed YAML at line ")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(250).doesNotContain("\n"));
    }
}
