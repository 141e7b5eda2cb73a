package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.splinelens.core.io.InvalidInputException;

/** Streamed JSON: numbers as the trees write them, and the non-finite backstop of {@link JsonOutput#text}. */
class JsonOutputStreamTest {

    @Test
    void finiteNumbersStreamAndANonFiniteOneIsRefused() throws IOException {
        StringWriter text = new StringWriter();
        JsonOutput.stream(new PrintWriter(text), g -> {
            g.writeStartObject();
            g.writeNumberField("x", 0.25);
            JsonOutput.number(g, "density", Double.POSITIVE_INFINITY); // infinite on purpose: a string
            g.writeEndObject();
        });
        assertThat(text.toString().strip()).isEqualTo("{\"x\":0.25,\"density\":\"inf\"}");
        for (double bad : new double[] {Double.NaN, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> JsonOutput.stream(new PrintWriter(new StringWriter()), g -> {
                g.writeStartArray();
                g.writeNumber(bad);
                g.writeEndArray();
            })).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("a result is not finite (" + bad);
        }
    }
}
