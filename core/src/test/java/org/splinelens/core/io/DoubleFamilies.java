package org.splinelens.core.io;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/** Doubles where formatting is most likely to go wrong, positive and finite; tests add the signs. */
final class DoubleFamilies {
    private DoubleFamilies() {
    }

    /** @return every power of two of the double range, 2^-1074 to 2^1023, with both neighbours */
    static double[] powersOfTwo() {
        double[] out = new double[3 * 2098];
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            int i = 3 * (e + 1074);
            out[i] = p;
            out[i + 1] = Math.nextDown(p);
            out[i + 2] = Math.nextUp(p);
        }
        return out;
    }

    /** @return the 300 smallest subnormals, 300 random ones, the largest, and the extremes of the range */
    static double[] subnormalsAndExtremes() {
        SplittableRandom random = new SplittableRandom(1074);
        DoubleStream smallest = DoubleStream.iterate(Double.MIN_VALUE, Math::nextUp).limit(300);
        DoubleStream scattered = random.longs(300, 1, 1L << 52).mapToDouble(Double::longBitsToDouble);
        DoubleStream edges = DoubleStream.of(Math.nextDown(Double.MIN_NORMAL), Double.MIN_NORMAL,
                Math.nextUp(Double.MIN_NORMAL), Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE));
        return DoubleStream.concat(DoubleStream.concat(smallest, scattered), edges).toArray();
    }

    /** @return 10^-3 and 10^7, where the layout switches notation, and their ten neighbours on either side */
    static double[] notationThresholds() {
        return DoubleStream.of(1e-3, 1e7).flatMap(t -> DoubleStream.concat(
                DoubleStream.iterate(t, Math::nextUp).limit(11),
                DoubleStream.iterate(Math.nextDown(t), Math::nextDown).limit(10))).toArray();
    }

    /** @return small integers, integers around 2^53 and powers of ten, all exact or nearest doubles */
    static double[] integers() {
        DoubleStream small = DoubleStream.iterate(1, x -> x + 1).limit(2000);
        DoubleStream near53 = DoubleStream.iterate(9007199254740980.0, Math::nextUp).limit(30);
        DoubleStream tens = DoubleStream.iterate(1, x -> x * 10).limit(23);
        return DoubleStream.concat(DoubleStream.concat(small, near53), tens).toArray();
    }

    /** @return decimals people write, which have short representations: the interesting case for shortness */
    static double[] commonDecimals() {
        double[] named = {0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.5, 0.25, 0.001, 0.002, 123.45, 1e22, 1e23,
            2e23, 8.41e21, 9007199254740993.0, 5e-324, 1e-5, 1.5e-7, 6.02214076e23, 1.602176634e-19, Math.PI, Math.E,
            1.9400994884341945E25, 2.82879384806159E17};
        SplittableRandom random = new SplittableRandom(2020);
        double[] drawn = new double[2000];
        for (int i = 0; i < drawn.length; i++) {
            // up to six significant digits at any scale
            drawn[i] = Double.parseDouble(random.nextInt(1, 1_000_000) + "e" + random.nextInt(-330, 310));
        }
        return DoubleStream.concat(Arrays.stream(named), Arrays.stream(drawn)).filter(x -> x > 0 && Double.isFinite(x))
                .toArray();
    }

    /** @return all the families above */
    static double[] all() {
        return Stream.of(powersOfTwo(), subnormalsAndExtremes(), notationThresholds(), integers(), commonDecimals())
                .flatMapToDouble(Arrays::stream).toArray();
    }
}
