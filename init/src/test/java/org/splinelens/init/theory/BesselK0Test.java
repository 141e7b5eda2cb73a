package org.splinelens.init.theory;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class BesselK0Test {

    /** Reference values from mpmath {@code besselk(0, x)} at 30 significant digits. */
    private static final double[][] REFERENCE = {
        {1e-10, 23.141782445598869289},
        {0.001, 7.0236888005623813436},
        {0.1, 2.4270690247020166125},
        {0.5, 0.92441907122766586178},
        {1, 0.42102443824070833334},
        {2, 0.11389387274953343565},
        {5, 0.0036910983340425942747},
        {10, 0.000017780062316167651811},
        {20, 5.7412378153365242927e-10},
        {35, 1.3310351491429468528e-16},
        {50, 3.4101677497894955139e-23},
    };

    @Test
    void matchesReferenceValuesToTwelveDigits() {
        for (double[] row : REFERENCE) {
            assertThat(BesselK0.value(row[0])).as("K0(%s)", row[0]).isCloseTo(row[1], Percentage.withPercentage(1e-10));
        }
    }

    /** Independent check: the ascending series K0 = −(ln(x/2) + γ) I0 + Σ (x²/4)^k / (k!)² H_k (A&S 9.6.13). */
    @Test
    void agreesWithTheAscendingSeriesOnSmallArguments() {
        for (double x = 0.01; x <= 2; x += 0.0173) {
            assertThat(BesselK0.value(x)).isCloseTo(series(x), Percentage.withPercentage(1e-10));
        }
    }

    private static double series(double x) {
        double q = x * x / 4;
        double term = 1;
        double i0 = 1;
        double rest = 0;
        double harmonic = 0;
        for (int k = 1; k < 60; k++) {
            term *= q / ((double) k * k);
            harmonic += 1.0 / k;
            i0 += term;
            rest += term * harmonic;
        }
        double euler = 0.57721566490153286061;
        return -(Math.log(x / 2) + euler) * i0 + rest;
    }
}
