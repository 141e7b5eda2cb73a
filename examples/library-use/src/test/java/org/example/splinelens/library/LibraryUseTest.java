package org.example.splinelens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LibraryUseTest {
    @Test
    void mainPrintsTheTrainedNetworksBreakpointsOneALine() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            LibraryUse.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        double[] expected = LibraryUse.trainedBreakpoints();
        assertEquals(expected.length, lines.length);
        assertTrue(expected.length > 0 && expected.length <= 8, "at most one breakpoint a unit");
        for (int i = 0; i < lines.length; i++) {
            assertEquals(expected[i], Double.parseDouble(lines[i]));
        }
    }
}
