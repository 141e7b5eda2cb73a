package org.example.splinelens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;

class LibraryUseTest {
    @Test
    void printsTheTrainedNetworksBreakpointsOneALine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LibraryUse.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        ShallowNetwork net = LibraryUse.trained();
        double[] expected = new double[net.width()];
        for (int i = 0; i < net.width(); i++) {
            expected[i] = -net.b(i) / net.w(i);
        }
        assertEquals(expected.length, lines.length, "He-normal weights are never zero: one breakpoint a unit");
        for (int i = 0; i < lines.length; i++) {
            assertEquals(expected[i], Double.parseDouble(lines[i]), 1e-15 * Math.max(1, Math.abs(expected[i])));
        }
    }
}
