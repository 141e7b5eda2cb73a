package org.splinelens.experiments.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** What the engines' tests compare: the tables a sweep writes. Published in the test-jar with the probe. */
public final class SweepOutputs {
    private SweepOutputs() {
    }

    /** @return sweep.csv, each point's summary.csv and every cell file under {@code dir}, by relative path */
    public static Map<String, String> tables(Path dir) throws IOException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("sweep.csv") || name.equals("summary.csv") || name.startsWith("trial-")) {
                    tables.put(dir.relativize(file).toString(), Files.readString(file));
                }
            }
        }
        return tables;
    }
}
