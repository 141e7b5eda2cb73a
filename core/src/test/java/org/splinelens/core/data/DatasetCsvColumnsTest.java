package org.splinelens.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;

/** Data files as people have them: headers with more columns than x and y, in any order, chosen by name. */
class DatasetCsvColumnsTest {
    @TempDir
    Path tmp;

    private Path file(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void extraColumnsInAnyOrderAreSkippedAndMayHoldText() throws IOException {
        Path file = file("wide.csv", "label,y,weight,x\na,2.5,1,-1\nb,3.5,0.5,0\n\nc,4.5,2,1e-3\n");
        assertThat(DatasetCsv.read(file))
                .isEqualTo(new Dataset(new double[] {-1, 0, 1e-3}, new double[] {2.5, 3.5, 4.5}));
    }

    @Test
    void columnsAreChosenByNameTrimmedAndWithoutRegardToCase() throws IOException {
        Path file = file("named.csv", "\uFEFF, Time ,Voltage,x\n0,0.5,10,9\n1,1.5,20,9\n");
        assertThat(DatasetCsv.read(file, "time", "VOLTAGE"))
                .isEqualTo(new Dataset(new double[] {0.5, 1.5}, new double[] {10, 20}));
        // the old reader's headers keep working
        assertThat(DatasetCsv.read(file("old.csv", "X , Y\n1,2\n"))).isEqualTo(new Dataset(new double[] {1},
                new double[] {2}));
    }

    @Test
    void aMissingColumnIsOneLineNamingTheFileTheColumnAndTheHeader() throws IOException {
        Path file = file("cols.csv", "t,u,v\n1,2,3\n");
        assertThatThrownBy(() -> DatasetCsv.read(file, "t", "w")).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": line 1: no column 'w' in the header; its columns are 't', 'u', 'v'");
        assertThatThrownBy(() -> DatasetCsv.read(file)).hasMessageContaining("no column 'x'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void quotedHeadersAreRefusedWithTheReason() throws IOException {
        // the reader splits at every comma (no RFC 4180 quoting), so it says so rather than claim x is absent
        Path file = file("quoted.csv", "\"x\",\"y\"\n1,2\n");
        assertThatThrownBy(() -> DatasetCsv.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quoted.csv").hasMessageContaining("no column 'x'")
                .hasMessageContaining("'\"x\"', '\"y\"'").hasMessageContaining("quoted fields are not supported");
    }

    @Test
    void aColumnNamedTwiceIsRefusedEvenWhenNotChosen() throws IOException {
        Path twice = file("twice.csv", "x,y,z,Z\n1,2,3,4\n");
        assertThatThrownBy(() -> DatasetCsv.read(twice)).isInstanceOf(InvalidInputException.class)
                .hasMessage(twice + ": line 1: the header names the column 'Z' twice (columns 3 and 4); rename one");
        // unnamed columns (an index column, a trailing comma) are not names, so they may repeat
        Path unnamed = file("unnamed.csv", ",x,y,\n0,1,2,\n1,3,4,\n");
        assertThat(DatasetCsv.read(unnamed)).isEqualTo(new Dataset(new double[] {1, 3}, new double[] {2, 4}));
    }

    @Test
    void rowValidationKeepsItsLineNumbersWithExtraColumns() throws IOException {
        Path ragged = file("ragged.csv", "\nid,x,y\n1,0,1\n2,0\n");
        assertThatThrownBy(() -> DatasetCsv.read(ragged)).isInstanceOf(InvalidInputException.class)
                .hasMessage(ragged + ": line 4: expected 3 comma-separated values like the header, got 2: '2,0'");
        String expected = ": expected a finite decimal number (like -1.5, .5 or 2e-3), got ";
        Path infinite = file("inf.csv", "id,x,y\n1,0,1\n2,Infinity,1\n");
        assertThatThrownBy(() -> DatasetCsv.read(infinite)).hasMessage(infinite + ": line 3, column 2 (x)" + expected
                + "'Infinity'");
        Path nan = file("nan.csv", "y,x\nNaN,0\n");
        assertThatThrownBy(() -> DatasetCsv.read(nan)).hasMessage(nan + ": line 2, column 1 (y)" + expected + "'NaN'");
        Path text = file("text.csv", "a,b\n1,two\n");
        assertThatThrownBy(() -> DatasetCsv.read(text, "a", "b")).hasMessage(text + ": line 2, column 2 (b)"
                + expected + "'two'");
        Path empty = file("empty.csv", "x,y,z\n\n");
        assertThatThrownBy(() -> DatasetCsv.read(empty)).hasMessage(empty + ": no data points after the header");
        Path blank = file("blank.csv", "\n\n");
        assertThatThrownBy(() -> DatasetCsv.read(blank)).hasMessageContaining("line 3: expected a header");
    }

    @Test
    void blankColumnNamesAreAProgrammingError() throws IOException {
        Path file = file("d.csv", "x,y\n1,2\n");
        assertThatThrownBy(() -> DatasetCsv.read(file, " ", "y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
