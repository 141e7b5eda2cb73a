package org.splinelens.losssurface.critical;

import java.util.List;

/**
 * Cor 2's causes of a singular Hessian that hold at θ (Sec 5.7's list; the rescaling symmetry, case 2, holds for every
 * unit and is not listed). Units are numbered from 0; patterns are taken on the data with relu'(0) = 0.
 *
 * @param sharedPatterns pairs of distinct units with the same activation pattern (case 1)
 * @param activeOnAll    units active on every data point: bias redundant with b0 (case 3)
 * @param activeOnNone   units active on no data point (case 4)
 * @param singleInput    units active on data with a single distinct x, so {@code x_i ∝ 1_i} (case 5)
 * @param zeroParameters units with {@code w_i}, {@code b_i} or {@code v_i} equal to 0 (case 6)
 * @param complementary  pairs with {@code 1_i + 1_j = 1} (case 7)
 */
public record Degeneracies(List<int[]> sharedPatterns, List<Integer> activeOnAll, List<Integer> activeOnNone,
        List<Integer> singleInput, List<Integer> zeroParameters, List<int[]> complementary) {

    public Degeneracies {
        sharedPatterns = List.copyOf(sharedPatterns);
        activeOnAll = List.copyOf(activeOnAll);
        activeOnNone = List.copyOf(activeOnNone);
        singleInput = List.copyOf(singleInput);
        zeroParameters = List.copyOf(zeroParameters);
        complementary = List.copyOf(complementary);
    }

    /** @return true when no cause holds */
    public boolean none() {
        return sharedPatterns.isEmpty() && activeOnAll.isEmpty() && activeOnNone.isEmpty() && singleInput.isEmpty()
                && zeroParameters.isEmpty() && complementary.isEmpty();
    }
}
