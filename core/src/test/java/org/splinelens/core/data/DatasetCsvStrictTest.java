package org.splinelens.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;

/** Data files are read strictly: decimals as people write them, nothing Java alone would read, no binary bytes. */
class DatasetCsvStrictTest {
    private static final String EXPECTED = ": expected a finite decimal number (like -1.5, .5 or 2e-3), got ";

    @TempDir
    Path tmp;

    private Path file(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void theUsualDecimalSyntaxesAreReadAndSurroundingSpacesAndTabsIgnored() throws IOException {
        Path file = file("ok.csv", "x,y\n1,-1.5\n.5,5.\n+2,1e-3\n 1E+3 ,\t-.25\t\n");
        assertThat(DatasetCsv.read(file)).isEqualTo(new Dataset(new double[] {1, 0.5, 2, 1000},
                new double[] {-1.5, 5, 0.001, -0.25}));
    }

    @Test
    void javaOnlySpellingsAreRefusedNamingFileLineAndColumn() throws IOException {
        Path hex = file("hex.csv", "x,y\n0x1p3,1\n2,3\n");
        assertThatThrownBy(() -> DatasetCsv.read(hex)).isInstanceOf(InvalidInputException.class)
                .hasMessage(hex + ": line 2, column 1 (x)" + EXPECTED + "'0x1p3'");
        Path d = file("d.csv", "x,y\n1.5d,1\n");
        assertThatThrownBy(() -> DatasetCsv.read(d)).hasMessage(d + ": line 2, column 1 (x)" + EXPECTED + "'1.5d'");
        Path f = file("f.csv", "x,y\n1,2\n3,2f\n");
        assertThatThrownBy(() -> DatasetCsv.read(f)).hasMessage(f + ": line 3, column 2 (y)" + EXPECTED + "'2f'");
        Path nan = file("nan.csv", "x,y\n1,nan\n");
        assertThatThrownBy(() -> DatasetCsv.read(nan)).hasMessage(nan + ": line 2, column 2 (y)" + EXPECTED + "'nan'");
        Path inf = file("inf.csv", "id,x,y\n1,-inf,2\n");
        assertThatThrownBy(() -> DatasetCsv.read(inf)).hasMessage(inf + ": line 2, column 2 (x)" + EXPECTED + "'-inf'");
        Path huge = file("huge.csv", "x,y\n1e400,2\n");
        assertThatThrownBy(() -> DatasetCsv.read(huge)).hasMessage(huge + ": line 2, column 1 (x): '1e400' is beyond"
                + " the range of a double (about ±1.8e308)");
    }

    @Test
    void aNulCharacterIsRefusedEvenInAColumnNotRead() throws IOException {
        // trimming used to drop the NUL and read 2
        Path nul = file("nul.csv", "x,y\n1,2\0\n");
        assertThatThrownBy(() -> DatasetCsv.read(nul)).isInstanceOf(InvalidInputException.class)
                .hasMessage(nul + ": line 2, column 2: a NUL character; a data file is UTF-8 text (is this a binary"
                        + " or UTF-16 file?)");
        Path label = file("label.csv", "label,x,y\n\0a,1,2\n");
        assertThatThrownBy(() -> DatasetCsv.read(label)).hasMessageStartingWith(label + ": line 2, column 1: a NUL");
        Path utf16 = tmp.resolve("utf16.csv");
        Files.write(utf16, "x,y\n1,2\n".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> DatasetCsv.read(utf16)).hasMessageStartingWith(utf16 + ": line 1, column 1: a NUL");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedInOneLine() throws IOException {
        Path latin1 = tmp.resolve("latin1.csv");
        Files.write(latin1, "x,y\n1,2\n3,4\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> DatasetCsv.read(latin1)).isInstanceOf(InvalidInputException.class)
                .hasMessage(latin1 + ": not UTF-8 text; save the data as UTF-8 (or ASCII) CSV");
    }

    @Test
    void aHugeFieldOrLineIsQuotedInAtMostAHundredCharacters() throws IOException {
        String digits = "1".repeat(5_000_000);
        Path longField = file("longline.csv", "x,y\n" + digits + ",a\n");
        assertThatThrownBy(() -> DatasetCsv.read(longField)).hasMessage(longField + ": line 2, column 1 (x): '"
                + "1".repeat(100) + "\u2026' (5,000,000 characters) is beyond the range of a double (about ±1.8e308)");
        Path longText = file("longtext.csv", "x,y\n1," + "a".repeat(1_000_000) + "\n");
        assertThatThrownBy(() -> DatasetCsv.read(longText)).hasMessage(longText + ": line 2, column 2 (y)" + EXPECTED
                + "'" + "a".repeat(100) + "\u2026' (1,000,000 characters)");
        Path ragged = file("ragged.csv", "x,y\n1,2,3" + "4".repeat(1_000_000) + "\n");
        assertThatThrownBy(() -> DatasetCsv.read(ragged)).hasMessage(ragged + ": line 2: expected 2 comma-separated"
                + " values like the header, got 3: '1,2,3" + "4".repeat(95) + "\u2026' (1,000,005 characters)");
    }

    @Test
    void headerNamesAreQuotedInAtMostAHundredCharactersEach() throws IOException {
        String longName = "n".repeat(500_000);
        Path twice = file("twice.csv", longName + "," + longName + "\n1,2\n");
        assertThatThrownBy(() -> DatasetCsv.read(twice)).hasMessage(twice + ": line 1: the header names the column '"
                + "n".repeat(100) + "\u2026' (500,000 characters) twice (columns 1 and 2); rename one");
        StringBuilder wide = new StringBuilder("c0");
        for (int c = 1; c < 10_000; c++) {
            wide.append(",c").append(c);
        }
        Path many = file("many.csv", wide + "\n");
        assertThatThrownBy(() -> DatasetCsv.read(many)).hasMessageStartingWith(many + ": line 1: no column 'x' in the"
                + " header; its columns are 'c0', 'c1', ").hasMessageEndingWith(", \u2026 (10000 columns)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(many.toString().length() + 250));
    }
}
