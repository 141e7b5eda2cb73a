package org.splinelens.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;

class DataTest {
    @TempDir
    Path tmp;

    @Test
    void datasetRejectsBadShapesAndValuesWithClearMessages() {
        assertThatThrownBy(() -> new Dataset(new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("differ in length");
        assertThatThrownBy(() -> new Dataset(new double[0], new double[0])).hasMessageContaining("N >= 1");
        assertThatThrownBy(() -> new Dataset(new double[] {1, Double.NaN}, new double[] {1, 2}))
                .hasMessageContaining("x[1]");
        assertThatThrownBy(() -> new Dataset(new double[] {1}, new double[] {Double.POSITIVE_INFINITY}))
                .hasMessageContaining("y[0]");
    }

    @Test
    void magnitudesNameTheLargestValuesAndTheSmallestSpacing() {
        assertThat(new Dataset(new double[] {3e-300, 0, -1e300, 1e-300}, new double[] {1, -2, 0.5, 0}).magnitudes())
                .isEqualTo("|x| up to 1.00e+300, |y| up to 2.00, smallest x spacing 1.00e-300");
        // repeated x are no spacing; one distinct x has none to report
        assertThat(new Dataset(new double[] {2, 2}, new double[] {0, 0}).magnitudes())
                .isEqualTo("|x| up to 2.00, |y| up to 0.00");
    }

    @Test
    void csvRoundTripsEveryDoubleExactly() throws IOException {
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[100];
        double[] y = new double[100];
        for (int n = 0; n < x.length; n++) {
            x[n] = r.nextGaussian() * Math.pow(10, r.nextInt(-20, 20));
            y[n] = r.nextGaussian();
        }
        Dataset data = new Dataset(x, y);
        Path file = tmp.resolve("d.csv");
        DatasetCsv.write(file, data);
        assertThat(DatasetCsv.read(file)).isEqualTo(data);
    }

    @Test
    void csvErrorsNameTheFileAndLine() throws IOException {
        Path file = tmp.resolve("bad.csv");
        Files.writeString(file, "x,y\n1,2\n3,abc\n");
        assertThatThrownBy(() -> DatasetCsv.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("line 3");
        Files.writeString(file, "a,b\n1,2\n");
        assertThatThrownBy(() -> DatasetCsv.read(file)).hasMessageContaining("header");
        assertThatThrownBy(() -> DatasetCsv.read(tmp.resolve("none.csv"))).hasMessageContaining("no such file");
    }

    @Test
    void gridTextIsThreeDecimalsAndADegenerateGridIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> Grid.parse("0x1p3:9:1", "--grid")).isInstanceOf(InvalidInputException.class)
                .hasMessage("--grid a:b:step, a: expected a finite decimal number (like -1.5, .5 or 2e-3), got"
                        + " '0x1p3'");
        assertThatThrownBy(() -> Grid.parse("0:1:NaN", "--grid")).hasMessageStartingWith("--grid a:b:step, step:");
        assertThatThrownBy(() -> Grid.parse("0:1e400:1", "--grid")).hasMessageStartingWith("--grid a:b:step, b:")
                .hasMessageContaining("beyond the range of a double");
        assertThatThrownBy(() -> Grid.parse("2:1:0.1", "--grid")).hasMessage("--grid: grid: b (1.0) must be >= a"
                + " (2.0) in '2:1:0.1'");
        assertThatThrownBy(() -> Grid.parse("0:1:-0.1", "--grid")).hasMessageContaining("step must be > 0");
        assertThatThrownBy(() -> Grid.parse("0:1:" + "5".repeat(10_000), "--grid"))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        // one point is a grid: evaluating at a single x is a fair request
        assertThat(Grid.parse(" 1 : 1 : 0.5 ", "--grid").points()).containsExactly(1.0);
    }

    @Test
    void gridIncludesItsEndWithoutDrift() {
        double[] x = Grid.parse("-2:2:0.01", "--grid").points();
        assertThat(x).hasSize(401);
        assertThat(x[0]).isEqualTo(-2.0);
        assertThat(x[400]).isEqualTo(2.0);
        assertThat(x[200]).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-15));
        assertThatThrownBy(() -> Grid.parse("0:1:0", "--grid")).hasMessageContaining("step must be > 0");
        assertThatThrownBy(() -> Grid.parse("0:1", "--grid")).hasMessageContaining("a:b:step");
    }

    @Test
    void samplersAreSeededSortedAndRespectTheGap() {
        double[] a = Samplers.uniformWithGap(-3, 3, -0.5, 0.5, 500, new SplittableRandom(9));
        double[] b = Samplers.uniformWithGap(-3, 3, -0.5, 0.5, 500, new SplittableRandom(9));
        assertThat(a).containsExactly(b).isSorted().hasSize(500);
        assertThat(java.util.Arrays.stream(a).allMatch(v -> (v >= -3 && v < -0.5) || (v > 0.5 && v <= 3))).isTrue();
        // both sides have equal length, so about half the points fall on each side (binomial sd ≈ 11)
        long left = java.util.Arrays.stream(a).filter(v -> v < 0).count();
        assertThat(left).isBetween(200L, 300L);
        double[] g = Samplers.gridWithGap(-3, 3, 0.1, -0.5, 0.5);
        assertThat(java.util.Arrays.stream(g).noneMatch(v -> v >= -0.5 && v <= 0.5)).isTrue();
        assertThat(g).hasSize(61 - 11);
    }
}
